import { expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

/**
 * Chromium with no WebGL anywhere (pages and workers), so the labs fall back to the wasm backend:
 * no SwiftShader flags, no GPU, no software rasterizer. (`--disable-3d-apis` alone leaves
 * WebGL on OffscreenCanvas in workers.)
 */
export function launchWithoutWebgl(): Promise<Browser> {
  const gl = /swiftshader|gpu-blocklist/;
  const args = [...CHROMIUM_ARGS.filter((arg) => !gl.test(arg)), '--disable-gpu', '--disable-software-rasterizer'];
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args });
}

const metric = async (page: Page, name: string) =>
  (await page.locator(`[data-lab="mnist"] [data-metric="${name}"]`).first().textContent()) ?? '';

/**
 * On an open /labs/mnist page: waits for the lab, checks it runs on `backend`, trains `batches`
 * batches and pauses. Returns the first and the last training loss seen.
 */
export async function trainMnist(
  page: Page,
  backend: string,
  batches: number,
): Promise<{ first: number; last: number }> {
  await page.waitForSelector('[data-lab="mnist"][data-state="ready"]', { timeout: 90_000 });
  expect(await metric(page, 'backend')).toBe(backend);
  await page.getByRole('button', { name: 'Train' }).click();
  const batchAtLeast = (n: number) =>
    page.waitForFunction(
      (k) => Number(document.querySelector('[data-lab="mnist"] [data-metric="batch"]')?.textContent ?? 0) >= k,
      n,
      { timeout: 90_000 },
    );
  await batchAtLeast(1);
  const first = Number(await metric(page, 'train-loss'));
  await batchAtLeast(batches);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.waitForSelector('[data-lab="mnist"][data-state="paused"]');
  const last = Number(await metric(page, 'train-loss'));
  expect(Number.isFinite(first) && first > 0).toBe(true);
  expect(Number.isFinite(last) && last > 0).toBe(true);
  return { first, last };
}
