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

const metric = async (page: Page, name: string) =>
  (await page.locator(`[data-lab="mnist"] [data-metric="${name}"]`).first().textContent()) ?? '';
const labState = (page: Page) => page.getAttribute('[data-lab="mnist"]', 'data-state');

/** Waits until the lab's `data-metric="step-count"`-like value satisfies `done` (polling the DOM in the page). */
async function waitForBatch(page: Page, atLeast: number): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-lab="mnist"] [data-metric="batch"]')?.textContent ?? 0) >= n,
    atLeast,
    { timeout: 90_000 },
  );
}

describe('the MNIST lab on WebGL', () => {
  it('trains a few batches in a worker: loss falls, no long main-thread task, states and tensors as promised, a drawn stroke gets a prediction', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/mnist');
      await waitForHydration(page);
      await page.waitForSelector('[data-lab="mnist"][data-state="ready"]', { timeout: 90_000 });
      expect(await metric(page, 'backend')).toBe('webgl');
      const baseline = Number(await metric(page, 'num-tensors'));

      await watchLongTasks(page);

      await page.getByRole('button', { name: 'Train' }).click();
      await page.waitForSelector('[data-lab="mnist"][data-state="training"]');
      await waitForBatch(page, 1);
      const firstLoss = Number(await metric(page, 'train-loss'));
      await waitForBatch(page, 12);
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.waitForSelector('[data-lab="mnist"][data-state="paused"]');
      const laterLoss = Number(await metric(page, 'train-loss'));
      expect(firstLoss).toBeGreaterThan(1.5); // about ln 10 = 2.30 before learning
      expect(laterLoss).toBeLessThan(firstLoss);

      await expectNoFreeze(page, 'MNIST lab');

      // Step: exactly one more batch while paused.
      const before = Number(await metric(page, 'batch'));
      await page.getByRole('button', { name: 'Step' }).click();
      await waitForBatch(page, before + 1);
      expect(await labState(page)).toBe('paused');

      // Draw a stroke: a vertical line, like a 1.
      const canvas = page.getByRole('img', { name: 'Draw a digit' });
      await canvas.scrollIntoViewIfNeeded();
      const box = (await canvas.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.15);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++)
        await page.mouse.move(box.x + box.width / 2, box.y + box.height * (0.15 + 0.07 * i));
      await page.mouse.up();
      await page.waitForFunction(() =>
        /^[0-9]$/.test(document.querySelector('[data-metric="predicted-digit"]')?.textContent ?? ''),
      );

      // Stop, then Reset: back to a fresh model; the data are released too (the next Train loads them
      // again), so the count is that of the ready lab less its 4 data tensors (train and validation xs, ys).
      await page.getByRole('button', { name: 'Stop' }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-lab="mnist"]')?.getAttribute('data-state') !== 'paused',
      );
      await page.getByRole('button', { name: 'Reset' }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-lab="mnist"] [data-metric="batch"]')?.textContent === '0',
      );
      await page.waitForFunction(
        (n) => Number(document.querySelector('[data-lab="mnist"] [data-metric="num-tensors"]')?.textContent) === n,
        baseline - 4,
      );
      expect(await labState(page)).toBe('ready');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });
});
