import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, waitForHydration } from './browser';

/** Citations in the text link to their bibliography entry (src/mdx/plugins/citations.ts). */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the entry with anchor `id` is scrolled into the top half of the window. */
async function entryShown(page: Page, id: string): Promise<void> {
  await page.waitForFunction((target) => {
    const top = document.getElementById(target)?.getBoundingClientRect().top ?? -1e9;
    return top > -50 && top < window.innerHeight / 2;
  }, id);
}

const background = (page: Page, id: string) =>
  page.evaluate((target) => {
    const item = document.getElementById(target)?.closest('li');
    return item ? getComputedStyle(item).backgroundColor : 'none';
  }, id);

describe('citations', () => {
  it.each([
    { prefix: '', text: 'Golik, Doetsch and Ney (2013)' },
    { prefix: '/zh', text: 'Golik、Doetsch 和 Ney（2013）' },
  ])('$prefix/chapters/losses: a citation opens its entry in the references', async ({ prefix, text }) => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(`${prefix}/chapters/losses`);
      await waitForHydration(page);
      const citation = page.locator('a.citation', { hasText: text });
      expect(await citation.getAttribute('href')).toBe(`${prefix}/chapters/references#golik-2013`);
      expect(await page.locator('article a.citation').count()).toBe(10);

      await citation.click();
      await page.waitForFunction((path) => location.pathname === path, `${prefix}/chapters/references`);
      expect(new URL(page.url()).hash).toBe('#golik-2013');
      await entryShown(page, 'golik-2013');
      expect(await page.locator('li:has(> #golik-2013)').textContent()).toContain('Cross-entropy vs. squared error');
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('an entry opened by its address is highlighted (CSS :target; client-side navigation does not set it)', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto('/chapters/references#golik-2013');
      await waitForHydration(page);
      await entryShown(page, 'golik-2013');
      expect(await background(page, 'golik-2013')).not.toBe('rgba(0, 0, 0, 0)');
      expect(await background(page, 'huber-1964')).toBe('rgba(0, 0, 0, 0)');
    } finally {
      await close();
    }
  });
});
