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
  (await page.locator(`[data-lab="transfer"] [data-metric="${name}"]`).first().textContent()) ?? '';

describe('the transfer lab', () => {
  it('is ready to fine-tune within 10 s, runs the linear probe at K = 5 to done without freezing the page, and frees its tensors on Reset', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      const opened = Date.now();
      await page.goto('/labs/transfer');
      await waitForHydration(page);
      await page.waitForSelector('[data-lab="transfer"][data-state="ready"]', { timeout: 60_000 });
      const secondsToReady = (Date.now() - opened) / 1000;
      console.info(`transfer lab ready after ${secondsToReady.toFixed(1)} s on ${await metric(page, 'backend')}`);
      expect(secondsToReady).toBeLessThan(10);
      expect(Number(await metric(page, 'pretrain-accuracy'))).toBeGreaterThan(0.95);
      expect(await page.locator('[data-lab="transfer"] a[href="/labs/text-transfer"]').textContent()).toBe(
        'the text transfer lab',
      );
      await page.waitForFunction(() =>
        /^\d+$/.test(document.querySelector('[data-lab="transfer"] [data-metric="num-tensors"]')?.textContent ?? ''),
      );
      const baseline = Number(await metric(page, 'num-tensors'));

      await page.getByLabel('Labelled examples per class (K)').selectOption('5');
      await page.getByLabel('Steps per arm').selectOption('50');
      for (const arm of ['From scratch', 'Fine-tune all layers', 'LoRA adapter + new head'])
        await page.getByLabel(arm).uncheck();
      await watchLongTasks(page);
      await page.getByRole('button', { name: 'Train' }).click();
      await page.waitForSelector('[data-lab="transfer"][data-state="done"]', { timeout: 120_000 });
      await expectNoFreeze(page, 'transfer lab');

      const accuracy = Number(await metric(page, 'accuracy-probe'));
      expect(Number.isFinite(accuracy)).toBe(true);
      expect(accuracy).toBeGreaterThan(0.4); // 5-way: chance is 0.2
      expect(accuracy).toBeLessThanOrEqual(1);
      expect(await metric(page, 'trainable-params-probe')).toBe('1285');
      expect(Number(await metric(page, 'forgetting-probe'))).toBe(0);
      expect(await metric(page, 'accuracy-scratch')).toBe('');

      await page.getByRole('button', { name: 'Reset' }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-lab="transfer"] [data-metric="accuracy-probe"]')?.textContent === '',
      );
      await page.waitForFunction(
        (n) => Number(document.querySelector('[data-lab="transfer"] [data-metric="num-tensors"]')?.textContent) === n,
        baseline,
      );
      await page.waitForSelector('[data-lab="transfer"][data-state="ready"]'); // the worker's messages come in batches
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });
});
