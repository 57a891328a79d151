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

/** Pages in a PDF written by Chromium (one `/Type /Page` object per page). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

describe('printing', () => {
  it('prints a chapter without navigation, with its math, diagrams, a lab description and link addresses', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/chapters/large-models');
      await waitForHydration(page);
      await page.waitForSelector('[data-lab]', { timeout: 90_000 });
      // "Print" draws every diagram (none was scrolled to) before it opens the print dialog.
      const diagrams = await page.locator('[data-mermaid]').count();
      expect(diagrams).toBeGreaterThan(0);
      expect(await page.locator('[data-mermaid="rendered"]').count()).toBeLessThan(diagrams);
      await page.evaluate(() => {
        const w = window as unknown as { printedWith?: number };
        window.print = () => (w.printedWith = document.querySelectorAll('[data-mermaid="rendered"] svg').length);
      });
      await page.getByRole('button', { name: 'Print', exact: true }).click();
      const printedWith = await page.waitForFunction(
        () => (window as unknown as { printedWith?: number }).printedWith,
        {
          timeout: 60_000,
        },
      );
      expect(await printedWith.jsonValue()).toBe(diagrams);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.sidebar-region').isVisible()).toBe(false);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.toc-region').isVisible()).toBe(false);
      expect(await page.locator('.katex').first().isVisible()).toBe(true);
      expect(await page.locator('[data-lab]').first().isVisible()).toBe(false);
      expect(await page.locator('[data-lab-print]').first().isVisible()).toBe(true);
      const after = await page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('article a[href^="https://"]');
        return link ? getComputedStyle(link, '::after').content : 'no external link';
      });
      expect(after).toMatch(/^" <" attr\(href\)|<https:\/\//);

      const pdf = await page.pdf({ format: 'Letter' });
      expect(pdfPages(pdf)).toBeGreaterThan(3);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('prints the whole book from /print, linked from the contents page', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto('/');
      await waitForHydration(page);
      await page.getByRole('link', { name: 'The whole book on one page' }).click();
      await page.waitForURL(/\/print$/);
      await page.waitForSelector('.print-book[data-print-ready="true"]');
      const chapters = await page.locator('.print-book-chapter').count();
      expect(chapters).toBeGreaterThan(10);
      // No lab starts on this page: each is a description.
      expect(await page.locator('[data-lab]').count()).toBe(0);
      expect(await page.locator('[data-lab-print]').count()).toBeGreaterThan(0);
      // Every diagram renders at once.
      const diagrams = await page.locator('[data-mermaid]').count();
      expect(diagrams).toBeGreaterThan(10);
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-mermaid="rendered"] svg').length === n,
        diagrams,
        { timeout: 90_000 },
      );
      expect(await page.locator('.katex').count()).toBeGreaterThan(100);
      const started = performance.now();
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdfPages(pdf);
      console.info(
        `/print: ${chapters} chapters, ${diagrams} diagrams, A4 PDF of ${pages} pages, ${(pdf.length / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(pages).toBeGreaterThan(chapters * 2);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000); // the whole book is ~200 pages: rendering and printing it takes 30–90 s on 2 busy cores
});
