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

describe('search', () => {
  it('opens with Ctrl+K, finds cross-entropy in the losses chapter and jumps to the heading with Enter', async () => {
    const { page, problems, close } = await openPage(browser);
    const indexRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search/')) indexRequests.push(new URL(request.url()).pathname);
    });
    try {
      await page.goto('/chapters/optimizers');
      await waitForHydration(page);
      expect(indexRequests).toEqual([]); // nothing is loaded for search until it opens

      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: 'Search the book' });
      await dialog.waitFor();
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      const input = page.getByRole('combobox', { name: 'Search the book' });
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
      await input.fill('cross-entropy');
      const first = page.getByRole('option').first();
      await first.waitFor();
      expect(await first.getAttribute('data-slug')).toBe('losses');
      expect(await first.getAttribute('aria-selected')).toBe('true');
      expect(await first.locator('mark').first().textContent()).toMatch(/^(cross|entropy)$/i);
      expect(indexRequests).toEqual(['/search/en.json']);

      // Arrow keys move the selection; back up to the first result and open it.
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('option').nth(1).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowUp');
      const anchor = (await first.getAttribute('data-anchor')) ?? '';
      expect(anchor).not.toBe('');
      await page.keyboard.press('Enter');

      await page.waitForURL(`**/chapters/losses#${anchor}`);
      expect(await dialog.count()).toBe(0);
      const heading = page.locator(`#${anchor}`);
      await heading.waitFor();
      await page.waitForFunction((id) => {
        const box = document.getElementById(id)?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.top < window.innerHeight / 2;
      }, anchor);
      expect(await heading.evaluate((el) => el.tagName)).toMatch(/^H[23]$/);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens with / and the header button, closes with Esc and gives focus back', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto('/');
      await waitForHydration(page);
      const button = page.getByRole('button', { name: /^Search/ });
      await button.click();
      const dialog = page.getByRole('dialog', { name: 'Search the book' });
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

      await page.keyboard.press('/');
      await dialog.waitFor();
      await page.getByRole('combobox', { name: 'Search the book' }).fill('no-such-word-anywhere');
      await page.getByText('Nothing found.').waitFor();
      expect(await page.getByRole('option').count()).toBe(0);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('searches the Chinese edition in Chinese and stays under /zh/', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto('/zh/chapters/losses');
      await waitForHydration(page);
      await page.keyboard.press('Control+k');
      const input = page.getByRole('combobox', { name: '搜索本书' });
      await input.fill('交叉熵');
      const first = page.getByRole('option').first();
      await first.waitFor();
      expect(await first.locator('mark').first().textContent()).toMatch(/交叉|熵/);
      const slug = await first.getAttribute('data-slug');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/zh/chapters/${slug}`));
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
