import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, waitForHydration } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const LAB = '[data-lab="quantization"]';
const metric = async (page: Page, name: string) =>
  (await page.locator(`${LAB} [data-metric="${name}"]`).first().textContent()) ?? '';

describe('the quantisation lab', () => {
  it('trains the small CNN in a worker, tests 7 versions of its weights, and Reset frees every tensor', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/quantization');
      await waitForHydration(page);
      await page.waitForSelector(`${LAB}[data-state="ready"]`, { timeout: 90_000 });
      expect(await metric(page, 'backend')).toBe('wasm');
      await page.waitForFunction(
        (lab) => /^\d+$/.test(document.querySelector(`${lab} [data-metric="num-tensors"]`)?.textContent ?? ''),
        LAB,
      );
      const baseline = Number(await metric(page, 'num-tensors'));

      // A small workload: 30 batches, then the 7 versions on the 1,000 test digits.
      await page.getByLabel('Training before quantising').selectOption('quick');
      await page.waitForSelector(`${LAB}[data-state="ready"]`);
      await page.getByRole('button', { name: 'Train' }).click();
      await page.waitForSelector(`${LAB}[data-state="done"]`, { timeout: 110_000 });
      expect(await metric(page, 'batch')).toBe('30');
      expect(await metric(page, 'versions-tested')).toBe('7');

      const value = async (name: string) => Number((await metric(page, name)).replace('−', '-').replace('±', ''));
      const float = await value('accuracy-float32');
      expect(float).toBeGreaterThan(50); // percent, after 30 batches of 64 digits
      expect(Math.abs((await value('accuracy-int8-per-channel')) - float)).toBeLessThanOrEqual(2);
      expect(await value('accuracy-int2-per-tensor')).toBeLessThan(float);
      expect(await value('size-float32')).toBeCloseTo(23.98, 2); // 5,994 parameters × 4 bytes
      expect(await value('size-int8-per-tensor')).toBeCloseTo(6.11, 2);
      expect(await value('size-int8-per-channel')).toBeCloseTo(6.23, 2);
      expect(await value('accuracy-change-float32')).toBe(0);

      await page.getByRole('button', { name: 'Reset' }).click();
      await page.waitForFunction(
        (lab) => document.querySelector(`${lab} [data-metric="batch"]`)?.textContent === '0',
        LAB,
      );
      await page.waitForFunction(
        ({ lab, n }) => Number(document.querySelector(`${lab} [data-metric="num-tensors"]`)?.textContent) === n,
        { lab: LAB, n: baseline },
      );
      expect(await page.getAttribute(LAB, 'data-state')).toBe('ready');
      expect(await page.locator(`${LAB} [data-metric="accuracy-float32"]`).count()).toBe(0);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });
});
