import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, waitForHydration } from './browser';
import { expectNoFreeze, watchLongTasks } from './long-tasks';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const fixtures = path.resolve(import.meta.dirname, '../fixtures/csv');
const lab = '[data-lab="sentiment"]';
const metric = async (page: Page, name: string) =>
  (await page.locator(`${lab} [data-metric="${name}"]`).first().textContent()) ?? '';
const labState = (page: Page) => page.getAttribute(lab, 'data-state');
const waitForState = (page: Page, state: string, timeout = 90_000) =>
  page.waitForSelector(`${lab}[data-state="${state}"]`, { timeout });

/** Types a review and waits until its probability (a new value) is shown. */
async function score(page: Page, text: string): Promise<number> {
  const before = await metric(page, 'positive-probability');
  await page.getByLabel('Review', { exact: true }).fill(text);
  await page.waitForFunction(
    ([text, before]) =>
      document.querySelector('.review-highlight')?.textContent === text.toLowerCase() &&
      document.querySelector('[data-metric="positive-probability"]')?.textContent !== before,
    [text, before] as const,
    { timeout: 30_000 },
  );
  return Number(await metric(page, 'positive-probability'));
}

describe('the sentiment lab on WebGL', () => {
  it('trains on IMDB reviews in a worker, scores typed reviews, rejects a bad CSV without harm, trains on a good one, frees its tensors', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/sentiment');
      await waitForHydration(page);
      // The untrained model is ready at once (only the 80 kB vocabulary was fetched): idle, data not yet downloaded.
      await waitForState(page, 'idle');
      expect(await metric(page, 'backend')).toBe('webgl');
      await page.waitForFunction(() =>
        /^0\.\d{4}$/.test(document.querySelector('[data-metric="positive-probability"]')?.textContent ?? ''),
      );

      // Small settings: SwiftShader runs WebGL on the CPU (about 200 examples/s at the defaults).
      await page.getByLabel('Vocabulary size').selectOption('1000');
      await page.getByLabel('Sequence length (tokens)').selectOption('50');
      await page.getByLabel('Batch size').selectOption('64');
      await page.getByLabel('Learning rate').selectOption('0.03');
      await page.getByLabel('Stop after').selectOption('20');
      await page.waitForFunction(
        () =>
          document.querySelector('.model-summary [data-metric="total-params"]')?.textContent ===
          String(1000 * 16 + 24 * 17 + 25),
      );

      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'training');
      // While batches stream in, the page's main thread stays free (long tasks: see below).
      await page.waitForFunction(() => Number(document.querySelector('[data-metric="batch"]')?.textContent) >= 1);
      await watchLongTasks(page);
      await waitForState(page, 'done');
      await expectNoFreeze(page, 'sentiment lab');
      expect(Number(await metric(page, 'batch'))).toBe(20);
      expect(Number(await metric(page, 'train-loss'))).toBeLessThan(0.7);
      const speed = Number(await metric(page, 'examples-per-second'));
      expect(speed).toBeGreaterThan(0);
      console.info(`sentiment lab on SwiftShader WebGL: ${speed.toFixed(0)} examples/s (V = 1,000, L = 50, batch 64)`);

      // The test report: accuracy, precision, recall, F1, AUC over the 22,082 test reviews.
      await page.waitForFunction(() => document.querySelector('[data-metric="auc"]')?.textContent !== undefined, null, {
        timeout: 60_000,
      });
      for (const name of ['test-accuracy', 'precision', 'recall', 'f1', 'auc']) {
        expect(Number(await metric(page, name))).toBeGreaterThan(0.5);
      }
      await expect(page.getByRole('img', { name: /ROC curve/ }).count()).resolves.toBe(1);

      // Typed reviews: praise scores higher than a pan, each word highlighted.
      const positive = await score(page, 'A wonderful, brilliant film. I loved it, great acting!');
      const negative = await score(page, 'Awful and boring, the worst film. A waste of time.');
      expect(positive).toBeGreaterThan(negative);
      expect(await page.locator('.review-highlight mark.token').count()).toBe(13);

      // Keep the model: in IndexedDB (loaded back after a reload, below) and as three files.
      await page.getByRole('button', { name: 'Save in this browser' }).click();
      await page.getByText(/^Saved /).waitFor();
      const downloads: string[] = [];
      page.on('download', (download) => downloads.push(download.suggestedFilename()));
      await page.getByRole('button', { name: 'Download model files' }).click();
      await expect.poll(() => downloads.length).toBe(3);
      expect(downloads.sort()).toEqual([
        'sentiment-model.json',
        'sentiment-model.weights.bin',
        'sentiment-vocabulary.json',
      ]);

      // A bad file: a clear alert naming the problem; the trained model and its results stay.
      const trainedTensors = await metric(page, 'num-tensors');
      await page.getByLabel('Upload CSV').setInputFiles(path.join(fixtures, 'unknown-label.csv'));
      const alert = page.locator(`${lab} [role="alert"]`);
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Rows 3, 8, 11: unknown label/);
      expect(await labState(page)).toBe('done');
      expect(Number(await metric(page, 'test-accuracy'))).toBeGreaterThan(0.5);
      expect(await score(page, 'The worst film. A waste of time.')).toBeLessThan(positive);
      await page.getByLabel('Upload CSV').setInputFiles(path.join(fixtures, 'latin1.csv'));
      await page.waitForFunction(() => /not UTF-8/.test(document.querySelector('[role="alert"]')?.textContent ?? ''));
      expect(await metric(page, 'num-tensors')).toBe(trainedTensors);

      // A good file: preview, then training on it with a vocabulary of its own.
      await page.getByLabel('Upload CSV').setInputFiles(path.join(fixtures, 'good.csv'));
      await page.getByText('13 labelled texts, 7 positive and 6 negative').waitFor();
      expect(await page.locator(`${lab} [role="alert"]`).count()).toBe(0);
      await page.getByRole('button', { name: 'Use this data' }).click();
      await page.getByText('your file “good.csv”').waitFor();
      await waitForState(page, 'ready');
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'done');
      expect(Number(await metric(page, 'epoch'))).toBe(2);

      // Reset frees the run (trainer, optimizer state, reports) and the data's device copies (the
      // next Train uploads them again): what remains is the model's 5 weights, after every reset.
      const resetLeaves = (n: number) =>
        page.waitForFunction(
          (n) =>
            Number(document.querySelector('[data-lab="sentiment"] [data-metric="num-tensors"]')?.textContent) === n,
          n,
        );
      await page.getByRole('button', { name: 'Reset' }).click();
      await waitForState(page, 'ready');
      expect(await metric(page, 'batch')).toBe('0');
      await resetLeaves(5);
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'done');
      await page.waitForFunction(() => Number(document.querySelector('[data-metric="num-tensors"]')?.textContent) > 5);
      await page.getByRole('button', { name: 'Reset' }).click();
      await waitForState(page, 'ready');
      await resetLeaves(5);

      // After a reload, the saved IMDB model comes back with its vocabulary and settings.
      await page.reload();
      await waitForState(page, 'idle');
      await page.getByRole('button', { name: 'Load saved model' }).click();
      await page.getByText('Loaded the saved model').waitFor();
      expect(await page.getByLabel('Vocabulary size').inputValue()).toBe('1000');
      expect(await score(page, 'A wonderful, brilliant film. I loved it, great acting!')).toBeCloseTo(positive, 4);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });
});
