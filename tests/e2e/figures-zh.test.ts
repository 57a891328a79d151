import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, waitForHydration } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The figures' strings load with the chapters that show them (src/i18n/figures/): a Chinese chapter's
 * figures hydrate in Chinese without a mismatch and stay Chinese as the reader changes them.
 */
describe('the figures in the Chinese edition', () => {
  it('hydrate in Chinese and answer in Chinese; the English page keeps English', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto('/zh/chapters/losses');
      await waitForHydration(page);
      const figure = page.locator('[data-figure="loss-explorer"]');
      await expect(figure.getByLabel('损失函数').first().isVisible()).resolves.toBe(true);
      await figure.getByLabel('损失函数').first().selectOption('mse');
      await page.waitForFunction(() =>
        document.querySelector('[data-figure="loss-explorer"] caption')?.textContent?.includes('三种损失'),
      );
      await expect(figure.locator('tr.loss-explorer-current th').textContent()).resolves.toBe(
        '平方误差（单个样本的 MSE）',
      );
      expect(problems.consoleErrors).toEqual([]);

      await page.goto('/zh/chapters/outlook');
      await waitForHydration(page);
      await expect(page.locator('[data-figure="inference-budget"] [data-value="bound"]').textContent()).resolves.toBe(
        '受内存限制',
      );

      await page.goto('/chapters/losses');
      await waitForHydration(page);
      await expect(page.locator('[data-figure="loss-explorer"]').getByLabel('Loss').first().isVisible()).resolves.toBe(
        true,
      );
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
