import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapters, chapterSource } from '../helpers/compile';
import { builtRoutes, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('with JavaScript disabled', () => {
  it.each(builtRoutes().filter((r) => r.startsWith('/chapters/')))(
    '%s is readable: text, math, diagram sources, links',
    async (route) => {
      const { page, close } = await openPage(browser, { javaScriptEnabled: false });
      try {
        await page.goto(route);
        expect((await page.locator('h1').first().textContent())?.length).toBeGreaterThan(3);
        expect(await page.locator('article.chapter :is(p, li, td)').count()).toBeGreaterThan(5);
        // Formulas are in the HTML itself, typeset at build time (appendices may have none).
        const chapter = chapters.find((c) => `/chapters/${c.slug}` === route);
        if (/\$[^$]+\$/.test(chapter ? chapterSource(chapter.file) : '')) {
          expect(await page.locator('.katex').count()).toBeGreaterThan(0);
        }
        expect(await page.locator('.katex-error').count()).toBe(0);
        expect(await page.locator('.mermaid-source').count()).toBe(await page.locator('[data-mermaid]').count());
        expect(await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').count()).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
      } finally {
        await close();
      }
    },
  );
});
