/**
 * The app icon, drawn in code: a small neural network (2-3-2 nodes) in white on the book's accent
 * colour. `public/icon.svg` is the same drawing for browsers that take SVG; installers that want
 * PNG get `icon-192.png` and `icon-512.png`, which scripts/build.ts writes with {@link writeIcons}.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

/** Drawing in a 0–1 square. */
const BACKGROUND: [number, number, number] = [0x0b, 0x5c, 0xad];
const LAYERS = [
  [0.35, 0.65],
  [0.25, 0.5, 0.75],
  [0.35, 0.65],
].map((ys, layer) => ys.map((y) => ({ x: 0.25 + layer * 0.25, y })));
const NODE_RADIUS = 0.065;
const EDGE_WIDTH = 0.018;
const CORNER = 0.18;

const EDGES = LAYERS.slice(1).flatMap((layer, i) =>
  layer.flatMap((to) => (LAYERS[i] ?? []).map((from) => ({ from, to }))),
);

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0–1) of white at a point, and whether the point is inside the rounded square. */
function shade(x: number, y: number, pixel: number): { white: number; inside: number } {
  const cx = Math.max(CORNER - x, 0, x - (1 - CORNER));
  const cy = Math.max(CORNER - y, 0, y - (1 - CORNER));
  const inside = Math.max(0, Math.min(1, (CORNER - Math.hypot(cx, cy)) / pixel + 0.5));
  let white = 0;
  for (const node of LAYERS.flat()) {
    const d = Math.hypot(x - node.x, y - node.y) - NODE_RADIUS;
    white = Math.max(white, Math.min(1, Math.max(0, 0.5 - d / pixel)));
  }
  for (const { from, to } of EDGES) {
    const d = segmentDistance(x, y, from.x, from.y, to.x, to.y) - EDGE_WIDTH / 2;
    white = Math.max(white, 0.7 * Math.min(1, Math.max(0, 0.5 - d / pixel)));
  }
  return { white, inside };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An RGBA PNG of the icon, `size` pixels square. */
export function iconPng(size: number): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) {
    const row = j * (size * 4 + 1);
    for (let i = 0; i < size; i++) {
      const { white, inside } = shade((i + 0.5) / size, (j + 0.5) / size, 1 / size);
      const o = row + 1 + i * 4;
      BACKGROUND.forEach((channel, k) => (rows[o + k] = Math.round(channel + (255 - channel) * white)));
      rows[o + 3] = Math.round(255 * inside);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Writes icon-192.png and icon-512.png into the build folder. */
export function writeIcons(outDir: string): void {
  for (const size of [192, 512]) writeFileSync(path.join(outDir, `icon-${size}.png`), iconPng(size));
}
