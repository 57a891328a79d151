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

describe('TF.js in this browser', () => {
  it('initialises the webgl backend and multiplies matrices correctly', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto('/labs/diagnostics');
      await waitForHydration(page);
      const lab = page.locator('[data-lab="diagnostics"]');
      await page.waitForSelector('[data-lab="diagnostics"][data-state="ready"]', { timeout: 90_000 });
      expect(await lab.locator('[data-metric="backend"]').textContent()).toBe('webgl');
      expect(await lab.locator('[data-metric="webgl-version"]').textContent()).toBe('2');
      expect(await lab.locator('[data-metric="matmul-checksum"]').textContent()).toBe(String(256 ** 3));
      expect(Number(await lab.locator('[data-metric="num-tensors"]').textContent())).toBe(0);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });
});
