/**
 * The fault suite (issue #11): what the training labs do when something goes wrong around them.
 *
 * - WebGL unavailable: Chromium started without WebGL (see NO_WEBGL_ARGS) → a visible notice, training on wasm.
 * - Tab hidden: training lives in a worker and keeps going; the page keeps its view current by timer.
 * - Leaving a page mid-training: the lab's worker is terminated (and every tensor with it).
 * - Soak: 5 epochs of the MNIST lab → the same tensor count and GPU bytes at every epoch end;
 *   Reset frees the data tensors, the next Train loads them again.
 * - WebGL context lost mid-training (WEBGL_lose_context, through the ?debug=faults hook) → the MNIST
 *   lab (an alert) and the sentiment lab (a notice) move to wasm with a fresh model and train
 *   again, no page reload; the two transfer labs abandon the run in progress, keep their pre-trained
 *   checkpoint or word vectors (on the CPU), move to wasm and fine-tune again.
 * - HTML or script typed into a text box or carried in a CSV is shown as text, never run.
 *
 * Small workloads: `?debug=faults&subset=256` trains MNIST on 256 digits (4 batches an epoch).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM, NO_WEBGL_ARGS } from './chromium';
import { launch, openPage, waitForHydration } from './browser';

let browser: Browser;
let noWebGL: Browser;
beforeAll(async () => {
  browser = await launch();
  // Not launch(): its SwiftShader flags would give WebGL back.
  noWebGL = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: NO_WEBGL_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await noWebGL?.close();
});

const metric = async (page: Page, lab: string, name: string) =>
  (await page.locator(`[data-lab="${lab}"] [data-metric="${name}"]`).first().textContent()) ?? '';
const waitForState = (page: Page, lab: string, state: string, timeout = 90_000) =>
  page.waitForSelector(`[data-lab="${lab}"][data-state="${state}"]`, { timeout });

/** Waits until the lab's metric `name`, as a number, is at least `n`. */
async function waitForMetric(page: Page, lab: string, name: string, n: number, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    ([selector, n]) => Number(document.querySelector(selector)?.textContent ?? NaN) >= n,
    [`[data-lab="${lab}"] [data-metric="${name}"]`, n] as const,
    { timeout },
  );
}

/** Waits until the lab's metric `name` reads exactly `value`. */
async function waitForText(page: Page, lab: string, name: string, value: string, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    ([selector, value]) => document.querySelector(selector)?.textContent === value,
    [`[data-lab="${lab}"] [data-metric="${name}"]`, value] as const,
    { timeout },
  );
}

describe('WebGL unavailable', () => {
  it('the MNIST and sentiment labs say so and train on wasm', async () => {
    const { page, problems, close } = await openPage(noWebGL, { viewport: { width: 1280, height: 900 } });
    try {
      expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();

      await page.goto('/labs/mnist');
      await waitForHydration(page);
      await waitForState(page, 'mnist', 'ready');
      expect(await metric(page, 'mnist', 'backend')).toBe('wasm');
      const notice = page.locator('[data-lab="mnist"] .notice[role="status"]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('wasm');
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForMetric(page, 'mnist', 'batch', 3);
      await page.getByRole('button', { name: 'Pause' }).click();
      await waitForState(page, 'mnist', 'paused');
      expect(Number(await metric(page, 'mnist', 'train-loss'))).toBeGreaterThan(0);

      await page.goto('/labs/sentiment');
      await waitForHydration(page);
      await waitForState(page, 'sentiment', 'idle');
      expect(await metric(page, 'sentiment', 'backend')).toBe('wasm');
      expect(await page.locator('[data-lab="sentiment"] .notice[role="status"]').first().textContent()).toContain(
        'wasm',
      );
      await page.getByLabel('Vocabulary size').selectOption('1000');
      await page.getByLabel('Sequence length (tokens)').selectOption('50');
      await page.getByLabel('Stop after').selectOption('10');
      await page.waitForFunction(
        () =>
          document.querySelector('[data-lab="sentiment"] .model-summary [data-metric="total-params"]')?.textContent ===
          String(1000 * 16 + 24 * 17 + 25),
      );
      const untrained = Number(await metric(page, 'sentiment', 'num-tensors'));
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'sentiment', 'done');
      expect(Number(await metric(page, 'sentiment', 'batch'))).toBe(10);

      // Reset releases the data (device splits and decoded reviews): the count falls back to the
      // model's own tensors; Train loads them again (from Cache Storage) and trains.
      expect(Number(await metric(page, 'sentiment', 'num-tensors'))).toBeGreaterThan(untrained);
      await page.getByRole('button', { name: 'Reset' }).click();
      await waitForText(page, 'sentiment', 'num-tensors', String(untrained));
      await waitForState(page, 'sentiment', 'idle');
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'sentiment', 'done');
      expect(Number(await metric(page, 'sentiment', 'batch'))).toBe(10);
      expect(problems.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a hidden tab', () => {
  it('keeps training in the worker and keeps the view current; visible again, it goes on', async () => {
    const { page, problems, close } = await openPage(noWebGL, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/mnist?debug=faults&subset=2048');
      await waitForHydration(page);
      await waitForState(page, 'mnist', 'ready');
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForMetric(page, 'mnist', 'batch', 2);
      // Headless Chromium never hides a tab (it ignores minimising and other tabs), so the page is
      // told what a hidden tab is: visibilityState "hidden", a visibilitychange event, and no
      // animation frames (held back until it is visible again), as Chromium does.
      await page.evaluate(() => {
        const w = window as unknown as { heldFrames: FrameRequestCallback[]; realFrame: typeof requestAnimationFrame };
        w.heldFrames = [];
        w.realFrame = window.requestAnimationFrame;
        window.requestAnimationFrame = (callback) => w.heldFrames.push(callback);
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      const hiddenAt = Number(await metric(page, 'mnist', 'batch'));
      await waitForMetric(page, 'mnist', 'batch', hiddenAt + 5, 30_000);
      expect(await page.getAttribute('[data-lab="mnist"]', 'data-state')).toBe('training');
      await page.evaluate(() => {
        const w = window as unknown as { heldFrames: FrameRequestCallback[]; realFrame: typeof requestAnimationFrame };
        window.requestAnimationFrame = w.realFrame;
        delete (document as { visibilityState?: unknown }).visibilityState;
        delete (document as { hidden?: unknown }).hidden;
        document.dispatchEvent(new Event('visibilitychange'));
        w.heldFrames.forEach((callback) => requestAnimationFrame(callback));
      });
      const shownAt = Number(await metric(page, 'mnist', 'batch'));
      await waitForMetric(page, 'mnist', 'batch', shownAt + 5, 30_000);
      await page.getByRole('button', { name: 'Pause' }).click();
      await waitForState(page, 'mnist', 'paused');
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('leaving a page mid-training', () => {
  it('terminates the lab worker, and with it every tensor', async () => {
    const { page, problems, close } = await openPage(noWebGL, { viewport: { width: 1280, height: 900 } });
    try {
      const closed: string[] = [];
      page.on('worker', (worker) => worker.on('close', () => closed.push(worker.url())));
      await page.goto('/chapters/cnn?debug=faults&subset=2048');
      await waitForHydration(page);
      const lab = page.locator('[data-lab="mnist"]');
      await lab.scrollIntoViewIfNeeded();
      await waitForState(page, 'mnist', 'ready');
      const labWorkers = () => page.workers().filter((w) => /mnist/.test(w.url()));
      expect(labWorkers()).toHaveLength(1);
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForMetric(page, 'mnist', 'batch', 11);
      const tensors = Number(await metric(page, 'mnist', 'num-tensors'));
      expect(tensors).toBeGreaterThan(0);
      console.info(`leaving /chapters/cnn while training with ${tensors} tensors in the worker`);

      // Client-side navigation (the sidebar link): the page stays, the lab unmounts.
      await page.locator('nav a[href$="/chapters/losses"]').first().click();
      await page.waitForURL(/\/chapters\/losses$/);
      await expect.poll(() => closed.filter((url) => /mnist/.test(url)).length, { timeout: 10_000 }).toBe(1);
      expect(labWorkers()).toHaveLength(0);
      expect(await page.locator('[data-lab]').count()).toBe(0);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the MNIST lab on WebGL', () => {
  it('soaks 5 epochs with flat tensors and GPU bytes; Reset frees the data and Train loads it again', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/mnist?debug=faults&subset=256');
      await waitForHydration(page);
      await waitForState(page, 'mnist', 'ready');
      expect(await metric(page, 'mnist', 'backend')).toBe('webgl');
      const ready = Number(await metric(page, 'mnist', 'num-tensors'));

      await page.getByLabel('Epochs').selectOption('5');
      await waitForState(page, 'mnist', 'ready');
      const start = Date.now();
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'mnist', 'done', 150_000);
      const epochs = await page.$$eval('[data-lab="mnist"] .epoch-memory li', (items) =>
        items.map((li) => ({
          epoch: Number(li.getAttribute('data-epoch')),
          numTensors: Number(li.getAttribute('data-num-tensors')),
          gpuBytes: Number(li.getAttribute('data-gpu-bytes')),
        })),
      );
      console.info(`MNIST soak (${Date.now() - start} ms), memory at each epoch end: ${JSON.stringify(epochs)}`);
      expect(epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(epochs.map((e) => e.numTensors)).size).toBe(1);
      expect(new Set(epochs.map((e) => e.gpuBytes)).size).toBe(1);
      expect(epochs[0].gpuBytes).toBeGreaterThan(0);

      // Reset: a fresh model, and the 4 data tensors (train and validation images and labels) freed.
      await page.getByRole('button', { name: 'Reset' }).click();
      await waitForText(page, 'mnist', 'batch', '0');
      await waitForText(page, 'mnist', 'num-tensors', String(ready - 4));
      // Train again: the data come back (from Cache Storage) and the run goes on.
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForMetric(page, 'mnist', 'batch', 2);
      await page.getByRole('button', { name: 'Pause' }).click();
      await waitForState(page, 'mnist', 'paused');
      await waitForText(page, 'mnist', 'num-tensors', String(epochs[0].numTensors));
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  }, 200_000);

  it('a lost WebGL context mid-training: an alert, then a fresh model on wasm that trains, without a reload', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/mnist?debug=faults&subset=256');
      await waitForHydration(page);
      await waitForState(page, 'mnist', 'ready');
      expect(await metric(page, 'mnist', 'backend')).toBe('webgl');
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForMetric(page, 'mnist', 'batch', 2);
      await page.getByRole('button', { name: 'Simulate WebGL context loss' }).click();
      const alert = page.locator('[data-lab="mnist"] [role="alert"]', { hasText: 'WebGL context was lost' });
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.textContent()).toContain('now runs on wasm');
      await waitForText(page, 'mnist', 'backend', 'wasm');
      await waitForState(page, 'mnist', 'ready');
      expect(await metric(page, 'mnist', 'batch')).toBe('0');
      // Train again: the whole run (2 epochs of 4 batches on 256 digits) on wasm, with a test report.
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'mnist', 'done');
      expect(await metric(page, 'mnist', 'epoch')).toBe('2');
      expect(Number(await metric(page, 'mnist', 'train-loss'))).toBeGreaterThan(0);
      expect(Number(await metric(page, 'mnist', 'test-accuracy'))).toBeGreaterThan(0);
      expect(await alert.isVisible()).toBe(true);
      console.info(`console errors after the context loss: ${JSON.stringify(problems.consoleErrors)}`);
      expect(problems.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the sentiment lab on WebGL', () => {
  it('a lost WebGL context mid-training: a notice, then a fresh model on wasm that trains, without a reload', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/sentiment?debug=faults');
      await waitForHydration(page);
      await waitForState(page, 'sentiment', 'idle');
      expect(await metric(page, 'sentiment', 'backend')).toBe('webgl');
      await page.getByLabel('Vocabulary size').selectOption('1000');
      await page.getByLabel('Sequence length (tokens)').selectOption('50');
      await page.getByLabel('Batch size').selectOption('64');
      await page.getByLabel('Stop after').selectOption('50');
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForMetric(page, 'sentiment', 'batch', 2);
      await page.getByRole('button', { name: 'Simulate WebGL context loss' }).click();
      const notice = page.locator('[data-lab="sentiment"] .notice', { hasText: 'WebGL context was lost' });
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent()).toContain('now runs on wasm');
      await waitForText(page, 'sentiment', 'backend', 'wasm');
      await waitForState(page, 'sentiment', 'ready');
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'sentiment', 'done');
      expect(await metric(page, 'sentiment', 'batch')).toBe('50');
      expect(Number(await metric(page, 'sentiment', 'train-loss'))).toBeGreaterThan(0);
      expect(problems.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    } finally {
      await close();
    }
  });
});

const INJECTED_IMG = '<img src=x onerror="window.__pwned=1">';
const INJECTED_SCRIPT = '<script>window.__pwned=1</script>';
const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

describe('HTML and script in the reader’s input', () => {
  it('is shown as text and never runs: the Review box, a sentiment CSV, an MLP CSV', async () => {
    const { page, close } = await openPage(noWebGL, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/sentiment');
      await waitForHydration(page);
      await waitForState(page, 'sentiment', 'idle');
      const review = `${INJECTED_IMG}${INJECTED_SCRIPT} a great film`;
      await page.getByLabel('Review', { exact: true }).fill(review);
      // The model reads the text with tags removed (like the IMDB "<br />"s); the box keeps it as typed.
      await page.waitForFunction(
        () => document.querySelector('.review-highlight')?.textContent?.includes('a great film') === true,
      );
      expect(await page.getByLabel('Review', { exact: true }).inputValue()).toBe(review);
      expect(await page.locator('[data-lab="sentiment"] img[src="x"], [data-lab="sentiment"] script').count()).toBe(0);

      const csv = `text,label\n"${INJECTED_IMG.replaceAll('"', '""')} a fine film",1\nbad film,${INJECTED_SCRIPT}\n`;
      await page
        .getByLabel('Upload CSV')
        .setInputFiles({ name: 'evil.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const alert = page.locator('[data-lab="sentiment"] [role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(INJECTED_SCRIPT);
      await page.locator('.csv-preview').waitFor();
      expect(await page.locator('.csv-preview').textContent()).toContain(`${INJECTED_IMG} a fine film`);
      expect(await page.locator('[data-lab="sentiment"] img[src="x"], [data-lab="sentiment"] script').count()).toBe(0);
      expect(await pwned(page)).toBeUndefined();

      await page.goto('/labs/mlp');
      await waitForHydration(page);
      await waitForState(page, 'mlp', 'ready');
      const points = `x1,${INJECTED_IMG.replaceAll('"', "'")},label\n0.1,0.2,${INJECTED_SCRIPT}\n0.3,0.4,1\n0.5,0.1,0\n0.2,0.9,1\n`;
      await page
        .getByLabel('Upload CSV')
        .setInputFiles({ name: 'evil.csv', mimeType: 'text/csv', buffer: Buffer.from(points) });
      const mlpAlert = page.locator('[data-lab="mlp"] [role="alert"]');
      await mlpAlert.waitFor();
      expect(await mlpAlert.textContent()).toContain(`label “${INJECTED_SCRIPT}” is not 0 or 1`);
      expect(await page.locator('[data-lab="mlp"] img[src="x"], [data-lab="mlp"] script').count()).toBe(0);
      expect(await pwned(page)).toBeUndefined();
    } finally {
      await close();
    }
  });
});

describe('WebGL context lost in the transfer labs', () => {
  it('abandons the run, says so, moves to wasm with the word vectors kept, and trains again', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/text-transfer?debug=faults');
      await waitForHydration(page);
      await waitForState(page, 'text-transfer', 'ready', 120_000);
      expect(await metric(page, 'text-transfer', 'backend')).toBe('webgl');
      await page.getByLabel('Labelled reviews (half positive)').selectOption('50');
      await page.getByLabel('Pre-trained vectors, fine-tuned').uncheck();
      await page.getByLabel('Random word vectors').uncheck();
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForMetric(page, 'text-transfer', 'step', 1, 120_000);
      await page.getByRole('button', { name: 'Simulate WebGL context loss' }).click();
      const alert = page.locator('[data-lab="text-transfer"] .notice[role="alert"]');
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.textContent()).toContain('WebGL context was lost during training');
      await waitForText(page, 'text-transfer', 'backend', 'wasm', 60_000);
      await waitForState(page, 'text-transfer', 'ready', 60_000);
      expect(await metric(page, 'text-transfer', 'accuracy-probe')).toBe('');
      expect(Number(await metric(page, 'text-transfer', 'pretrain-loss'))).toBeLessThan(2.9); // shipped vectors kept

      await page.getByLabel('Steps per arm').selectOption('20');
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'text-transfer', 'done', 120_000);
      expect(Number(await metric(page, 'text-transfer', 'accuracy-probe'))).toBeGreaterThan(0.5);
      expect(problems.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the vision transfer lab keeps its pre-trained checkpoint, moves to wasm and fine-tunes again', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/transfer?debug=faults');
      await waitForHydration(page);
      await waitForState(page, 'transfer', 'ready', 120_000);
      await page.getByLabel('Labelled examples per class (K)').selectOption('5');
      await page.getByLabel('Steps per arm').selectOption('300');
      for (const arm of ['From scratch', 'Fine-tune all layers', 'LoRA adapter + new head'])
        await page.getByLabel(arm).uncheck();
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForMetric(page, 'transfer', 'step', 1, 120_000);
      await page.getByRole('button', { name: 'Simulate WebGL context loss' }).click();
      const alert = page.locator('[data-lab="transfer"] .notice[role="alert"]');
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.textContent()).toContain('WebGL context was lost during training');
      await waitForText(page, 'transfer', 'backend', 'wasm', 60_000);
      await waitForState(page, 'transfer', 'ready', 60_000);
      expect(Number(await metric(page, 'transfer', 'pretrain-accuracy'))).toBeGreaterThan(0.95); // checkpoint kept

      await page.getByLabel('Steps per arm').selectOption('50');
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'transfer', 'done', 120_000);
      expect(Number(await metric(page, 'transfer', 'accuracy-probe'))).toBeGreaterThan(0.4);
      expect(problems.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });
});
