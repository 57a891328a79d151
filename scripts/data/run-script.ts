/** Running an asynchronous build step (TF.js training) from a synchronous data builder. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Runs `scripts/<script>` with tsx in a child process, passing it a temporary output file, and
 * returns what it wrote there. Its stderr (progress, errors) goes to ours; a failure throws.
 */
export function bytesFromScript(script: string, outputName: string): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), `${path.parse(outputName).name}-`));
  const out = path.join(dir, outputName);
  try {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', script), out], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
