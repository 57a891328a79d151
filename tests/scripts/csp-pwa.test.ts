import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withCspMeta } from '../../scripts/csp';
import { iconPng } from '../../scripts/pwa/icons';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy (scripts/csp.ts)', () => {
  const page = `<!doctype html><html><head>
    <meta charset="utf-8" />
    <script>document.documentElement.dataset.theme = 'light';</script>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head><body><script>
console.log(1)
</script></body></html>`;

  it('hashes each inline script exactly as written and skips scripts with src', () => {
    expect(inlineScriptHashes(page)).toEqual([
      sha("document.documentElement.dataset.theme = 'light';"),
      sha('\nconsole.log(1)\n'),
    ]);
  });

  it('is strict: no unsafe-eval or inline scripts, only hashed ones, wasm allowed, same origin only', () => {
    const policy = contentSecurityPolicy(['b', 'a', 'a']);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' a b; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; " +
        "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('goes in first in <head>, before any script, once', () => {
    const once = withCspMeta(page, "default-src 'self'");
    expect(once.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(once.indexOf('<script'));
    expect(once.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(once.indexOf('<head>'));
    expect(withCspMeta(once, 'other')).toBe(once);
  });
});

describe('the app icon (scripts/pwa/icons.ts)', () => {
  it('is a valid RGBA PNG of the requested size: accent background, white network, transparent corners', () => {
    const png = iconPng(64);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(64);
    expect(png.readUInt32BE(20)).toBe(64);
    const idat = png.indexOf('IDAT');
    const pixels = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect(pixels.length).toBe(64 * (64 * 4 + 1));
    const at = (x: number, y: number) => [...pixels.subarray(y * 257 + 1 + x * 4, y * 257 + 1 + x * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0); // rounded corner
    expect(at(4, 32)).toEqual([0x0b, 0x5c, 0xad, 255]); // background
    expect(at(32, 32)).toEqual([255, 255, 255, 255]); // the middle node
  });
});
