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

const LAB = '[data-lab="text-transfer"]';
const metric = async (page: Page, name: string) =>
  (await page.locator(`${LAB} [data-metric="${name}"]`).first().textContent()) ?? '';

describe('the text transfer lab', () => {
  it('shows pre-trained neighbours, runs the linear probe and random vectors on 50 reviews to done without freezing, and frees its tensors on Reset', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/text-transfer');
      await waitForHydration(page);
      await page.waitForSelector(`${LAB}[data-state="ready"]`, { timeout: 120_000 });
      expect(Number(await metric(page, 'pretrain-loss'))).toBeLessThan(2.9);
      expect(await page.locator(`${LAB} a[href="/labs/transfer"]`).textContent()).toBe('the transfer lab on digits');
      // Skip-gram put "terrible" near "awful"; the random vectors before it did not.
      const awful = page.locator(`${LAB} tr[data-word="awful"]`);
      expect(await awful.locator('[data-neighbours="after"]').textContent()).toContain('terrible');
      expect(await awful.locator('td').first().textContent()).not.toContain('terrible');
      await page.waitForFunction(
        (lab) => /^\d+$/.test(document.querySelector(`${lab} [data-metric="num-tensors"]`)?.textContent ?? ''),
        LAB,
      );
      const baseline = Number(await metric(page, 'num-tensors'));

      await page.getByLabel('Labelled reviews (half positive)').selectOption('50');
      await page.getByLabel('Steps per arm').selectOption('20');
      await page.getByLabel('Pre-trained vectors, fine-tuned').uncheck();
      await watchLongTasks(page);
      await page.getByRole('button', { name: 'Train' }).click();
      await page.waitForSelector(`${LAB}[data-state="done"]`, { timeout: 240_000 });
      await expectNoFreeze(page, 'text transfer lab');

      for (const arm of ['probe', 'scratch']) {
        const accuracy = Number(await metric(page, `accuracy-${arm}`));
        expect(accuracy).toBeGreaterThan(0.5); // binary, balanced test reviews: chance is 0.5
        expect(accuracy).toBeLessThanOrEqual(1);
      }
      expect(await metric(page, 'trainable-params-probe')).toBe('49'); // 48 weights + 1 bias
      expect(await metric(page, 'trainable-params-scratch')).toBe('480049');
      expect(await metric(page, 'accuracy-finetune')).toBe('');

      await page.getByRole('button', { name: 'Reset' }).click();
      await page.waitForFunction(
        (lab) => document.querySelector(`${lab} [data-metric="accuracy-probe"]`)?.textContent === '',
        LAB,
      );
      await page.waitForFunction(
        ([lab, n]) => Number(document.querySelector(`${lab} [data-metric="num-tensors"]`)?.textContent) === n,
        [LAB, baseline] as const,
      );
      await page.waitForSelector(`${LAB}[data-state="ready"]`);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });

  it('pre-trains word vectors live in the worker; Stop keeps the vectors learned so far', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/text-transfer');
      await waitForHydration(page);
      await page.waitForSelector(`${LAB}[data-state="ready"]`, { timeout: 120_000 });
      const shippedNeighbours = await page
        .locator(`${LAB} tr[data-word="awful"] [data-neighbours="after"]`)
        .textContent();
      await page.getByLabel('Skip-gram steps (8,192 pairs each)').selectOption('50');
      await watchLongTasks(page);
      await page.getByRole('button', { name: 'Re-run stage 1 here' }).click();
      await page.waitForSelector(`${LAB}[data-state="training"]`);
      // The worker reports every 5 steps.
      await page.waitForFunction(
        (lab) => Number(document.querySelector(`${lab} [data-metric="step"]`)?.textContent) >= 5,
        LAB,
        {
          timeout: 240_000,
        },
      );
      console.info(`live skip-gram: ${await page.locator(`${LAB} .progress-detail`).first().textContent()}`);
      await page.getByRole('button', { name: 'Stop' }).click();
      await page.waitForSelector(`${LAB}[data-state="ready"]`, { timeout: 60_000 });
      await expectNoFreeze(page, 'live skip-gram');
      const line = (await page.locator(`${LAB} .transfer-checkpoint`).textContent()) ?? '';
      expect(line).toContain('pre-trained here');
      const pairs = Number(/([\d,]+) word pairs/.exec(line)?.[1].replace(/,/g, ''));
      expect(pairs % 8192).toBe(0);
      expect(pairs).toBeGreaterThanOrEqual(5 * 8192);
      expect(pairs).toBeLessThan(50 * 8192);
      expect(Number(await metric(page, 'pretrain-loss'))).toBeLessThanOrEqual(4.16); // at most the untrained 6·log 2
      // The table now shows the new, barely trained vectors' neighbours.
      const liveNeighbours = await page.locator(`${LAB} tr[data-word="awful"] [data-neighbours="after"]`).textContent();
      expect(liveNeighbours).not.toBe(shippedNeighbours);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });
});
