/**
 * `npm run bench`: starts Vite, opens scripts/bench/index.html in headless Chromium (WebGL through
 * SwiftShader here, the real GPU on a machine that has one), prints examples/second of our trainer
 * and of `model.fit` for each lab model and backend with the ratio; then, on the production build
 * (scripts/bench/site.ts), the first paint of a chapter, the weight of the assets and the peak
 * memory of the MNIST and sentiment labs. Appends the run to scripts/bench/history.jsonl so
 * changes are visible over time.
 *
 *   npm run bench                 # webgl, wasm, cpu; the build in dist/ (npm run build first)
 *   npm run bench -- --backends=wasm,cpu --dist=/tmp/my-build
 *   npm run bench -- --site=no    # throughput only
 *   BENCH_REAL_GPU=1 npm run bench  # on a machine with a GPU: don't force SwiftShader
 */
import { appendFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/chromium';
import { serveDist } from '../serve';
import type { BenchRow } from './page';
import { firstPaint, labMemory, siteWeights, type SiteReport } from './site';

const MiB = (bytes: number) => (bytes / 2 ** 20).toFixed(2).padStart(8);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The build half: undefined (with a note) when there is no build to measure. */
async function measureSite(browser: Browser): Promise<SiteReport | undefined> {
  if (option('site') === 'no') return undefined;
  const dist = path.resolve(root, option('dist') ?? 'dist');
  if (!existsSync(path.join(dist, 'routes.json'))) {
    console.log(`\nNo build in ${dist}: run \`npm run build\` (or pass --dist=DIR) for paint, weights and memory.`);
    return undefined;
  }
  const server = await serveDist({ dir: dist });
  try {
    const fcpMs = await firstPaint(browser, server.url, '/chapters/losses', 5);
    const weights = siteWeights(dist);
    const labs = await labMemory(browser, server.url);
    console.log(`\nFirst contentful paint of /chapters/losses, fresh load (${dist}):`);
    console.log(`  median ${median(fcpMs).toFixed(0)} ms  (runs: ${fcpMs.map((t) => t.toFixed(0)).join(', ')} ms)`);
    console.log('\nAsset weights       files      MiB  gzip MiB');
    for (const w of weights) {
      console.log(`  ${w.kind.padEnd(16)} ${String(w.files).padStart(6)} ${MiB(w.bytes)} ${MiB(w.gzip)}`);
    }
    console.log('\nLab memory (peaks)  backend  page heap MiB  worker heap MiB  GPU MiB  seconds  run');
    for (const l of labs) {
      console.log(
        `  ${l.lab.padEnd(17)} ${l.backend.padEnd(7)} ${MiB(l.pageHeapBytes).padStart(13)} ${MiB(l.workerHeapBytes).padStart(16)} ${MiB(l.gpuBytes)} ${l.seconds.toFixed(0).padStart(8)}  ${l.run}`,
      );
    }
    return { fcpMs, weights, labs };
  } finally {
    await server.close();
  }
}

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
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(message.text());
      if (message.type() === 'info') console.log(`  … ${message.text()}`);
    });
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
    console.log('backend  lab           model      ours    model.fit  ratio');
    for (const row of result) {
      console.log(
        `${row.backend.padEnd(8)} ${(row.lab ?? 'mnist').padEnd(13)} ${row.model.padEnd(9)} ${row.ours.toFixed(0).padStart(6)} ${row.fit === null ? '         —' : row.fit.toFixed(0).padStart(10)}  ${row.fit === null ? 'word pairs/s' : `${(row.ours / row.fit).toFixed(2)}×`}`,
      );
    }
    const site = await measureSite(browser);
    const entry = { date: new Date().toISOString(), renderer, cores: cpus().length, rows: result, site };
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
