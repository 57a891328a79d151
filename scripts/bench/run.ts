/**
 * `npm run bench`: starts Vite, opens scripts/bench/index.html in headless Chromium (WebGL through
 * SwiftShader here, the real GPU on a machine that has one), prints examples/second of our trainer
 * and of `model.fit` for each model and backend with the ratio, and appends the run to
 * scripts/bench/history.jsonl so changes are visible over time.
 *
 *   npm run bench                 # webgl, wasm, cpu
 *   npm run bench -- --backends=wasm,cpu
 *   BENCH_REAL_GPU=1 npm run bench  # on a machine with a GPU: don't force SwiftShader
 */
import { appendFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/chromium';
import type { BenchRow } from './page';

const root = path.resolve(import.meta.dirname, '../..');
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

async function main(): Promise<void> {
  const server = await createServer({
    root,
    configLoader: 'runner',
    logLevel: 'warn',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? '';
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: process.env.BENCH_REAL_GPU ? CHROMIUM_ARGS.filter((a) => !a.includes('swiftshader')) : CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const query = new URLSearchParams({
      backends: option('backends') ?? 'webgl,wasm,cpu',
      batch: option('batch') ?? '64',
    });
    page.on('console', (message) => message.type() === 'error' && console.error(message.text()));
    await page.goto(`${url}scripts/bench/index.html?${query}`);
    const handle = await page.waitForFunction(
      () =>
        (window as unknown as { benchResults?: unknown; benchError?: string }).benchResults ??
        (window as unknown as { benchError?: string }).benchError,
      undefined,
      { timeout: 20 * 60_000, polling: 1000 },
    );
    const result = (await handle.jsonValue()) as BenchRow[] | string;
    if (typeof result === 'string') throw new Error(result);
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL';
    });
    console.log(
      `\nTraining throughput, batch ${result[0]?.batchSize ?? '?'} (examples/second; GPU: ${renderer}; ${cpus().length} CPU cores)\n`,
    );
    console.log('backend  model      ours    model.fit  ratio');
    for (const row of result) {
      console.log(
        `${row.backend.padEnd(8)} ${row.model.padEnd(9)} ${row.ours.toFixed(0).padStart(6)} ${row.fit.toFixed(0).padStart(10)}  ${(row.ours / row.fit).toFixed(2)}×`,
      );
    }
    const entry = { date: new Date().toISOString(), renderer, cores: cpus().length, rows: result };
    appendFileSync(path.join(import.meta.dirname, 'history.jsonl'), `${JSON.stringify(entry)}\n`);
    console.log('\nappended to scripts/bench/history.jsonl');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
