/**
 * The production-build half of `npm run bench` (scripts/bench/run.ts): on a built site (dist/ or
 * --dist=DIR) served on localhost, the time to first chapter paint, the weight of the JS, CSS,
 * wasm and data files, and the peak memory of the MNIST and sentiment labs during a short run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface Weight {
  kind: string;
  files: number;
  bytes: number;
  gzip: number;
}

export interface LabMemory {
  lab: 'mnist' | 'sentiment';
  /** What ran: the workload, in words. */
  run: string;
  seconds: number;
  /** Peak V8 heap in use (Runtime.getHeapUsage) of the page's main thread and of the lab's worker. */
  pageHeapBytes: number;
  workerHeapBytes: number;
  /** Peak of tf.memory().numBytesInGPU as the lab reports it (its diagnostics, in 0.1 MiB steps). */
  gpuBytes: number;
  backend: string;
}

export interface SiteReport {
  /** first-contentful-paint of /chapters/losses from a fresh page load, each of `runs` (ms). */
  fcpMs: number[];
  weights: Weight[];
  labs: LabMemory[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

const kindOf = (file: string) => {
  const ext = path.extname(file).slice(1);
  return ext === 'mjs' ? 'js' : ext;
};

/** Bytes and gzip bytes of dist/assets by kind (js, css, wasm, …) and of dist/data. */
export function siteWeights(dist: string): Weight[] {
  const groups = new Map<string, string[]>();
  for (const file of filesUnder(path.join(dist, 'assets'))) {
    const kind = kindOf(file);
    groups.set(kind, [...(groups.get(kind) ?? []), file]);
  }
  groups.set('data', filesUnder(path.join(dist, 'data')));
  return [...groups].map(([kind, files]) => {
    let bytes = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(file);
      bytes += content.byteLength;
      gzip += gzipSync(content, { level: 9 }).byteLength;
    }
    return { kind, files: files.length, bytes, gzip };
  });
}

/** first-contentful-paint of `route`, from a fresh context (empty cache) each time. */
export async function firstPaint(browser: Browser, baseURL: string, route: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${baseURL}${route}`);
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          new PerformanceObserver((list) => {
            const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true }),
        ),
    );
    times.push(fcp);
    await context.close();
  }
  return times;
}

/** Heap in use of a worker, through a browser-level CDP session attached to its target. */
class WorkerHeap {
  private id = 0;
  private readonly pending = new Map<number, (used: number) => void>();
  private constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
  ) {
    session.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result?.usedSize ?? 0);
    });
  }

  static async attach(browser: Browser, urlPart: string): Promise<WorkerHeap | undefined> {
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes(urlPart));
    if (!target) return undefined;
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return new WorkerHeap(session, sessionId);
  }

  used(): Promise<number> {
    const id = ++this.id;
    const reply = new Promise<number>((resolve) => this.pending.set(id, resolve));
    void this.session.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
    });
    return reply;
  }
}

/**
 * Opens a lab, starts `start` (settings and Train), and samples the page's and the worker's heap
 * and the lab's GPU bytes every 250 ms until `finished` resolves. Returns the peaks.
 */
async function sampleLab(
  browser: Browser,
  page: Page,
  lab: LabMemory['lab'],
  run: string,
  finished: () => Promise<unknown>,
): Promise<LabMemory> {
  const pageSession = await page.context().newCDPSession(page);
  const worker = await WorkerHeap.attach(browser, `${lab}.worker`);
  if (!worker) throw new Error(`bench: no ${lab} worker found`);
  const peak = { page: 0, worker: 0, gpu: 0 };
  let done = false;
  const start = Date.now();
  const ended = finished().finally(() => (done = true));
  while (!done) {
    const [pageHeap, workerHeap, gpu] = await Promise.all([
      pageSession.send('Runtime.getHeapUsage').then((r) => r.usedSize),
      worker.used(),
      page.locator(`[data-lab="${lab}"] [data-metric="gpu-megabytes"]`).textContent(),
    ]);
    peak.page = Math.max(peak.page, pageHeap);
    peak.worker = Math.max(peak.worker, workerHeap);
    peak.gpu = Math.max(peak.gpu, Number(gpu) * 2 ** 20 || 0);
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 250))]);
  }
  await ended;
  const backend = (await page.locator(`[data-lab="${lab}"] [data-metric="backend"]`).textContent()) ?? '?';
  return {
    lab,
    run,
    seconds: (Date.now() - start) / 1000,
    pageHeapBytes: peak.page,
    workerHeapBytes: peak.worker,
    gpuBytes: Math.round(peak.gpu),
    backend,
  };
}

/** Peak memory of the MNIST lab (512 digits, 2 epochs, test report) and the sentiment lab (defaults, 20 batches). */
export async function labMemory(browser: Browser, baseURL: string): Promise<LabMemory[]> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const results: LabMemory[] = [];
  try {
    await page.goto(`${baseURL}/labs/mnist?debug=faults&subset=512`);
    await page.waitForSelector('[data-lab="mnist"][data-state="ready"]', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Train' }).click();
    results.push(
      await sampleLab(browser, page, 'mnist', 'small CNN, 512 digits × 2 epochs, batch 64', () =>
        page.waitForSelector('[data-lab="mnist"] [data-metric="test-accuracy"]:not(:empty)', { timeout: 300_000 }),
      ),
    );

    await page.goto(`${baseURL}/labs/sentiment`);
    await page.waitForSelector('[data-lab="sentiment"][data-state="idle"]', { timeout: 120_000 });
    await page.getByLabel('Stop after').selectOption('20');
    await page.getByRole('button', { name: 'Train' }).click();
    results.push(
      await sampleLab(browser, page, 'sentiment', 'lab defaults (V 10,000, L 200), 20 batches of 32 + test', () =>
        page.waitForSelector('[data-lab="sentiment"] [data-metric="auc"]:not(:empty)', { timeout: 300_000 }),
      ),
    );
  } finally {
    await context.close();
  }
  return results;
}
