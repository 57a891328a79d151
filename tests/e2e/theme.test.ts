import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtRoutes, launch, openPage, waitForHydration } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const chapter = builtRoutes().find((r) => r.startsWith('/chapters/')) ?? '/';
const theme = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.dataset.theme);

describe('themes', () => {
  it('follows the system on first visit (auto)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(browser, { colorScheme });
      await page.goto(chapter);
      expect(await theme(page)).toBe(colorScheme);
      await close();
    }
  });

  it('sets the theme in a blocking script in <head>, before any content paints', () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../../dist/index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<script>[\s\S]*book-theme[\s\S]*dataset\.theme[\s\S]*<\/script>/);
    expect(head.indexOf('book-theme')).toBeLessThan(html.indexOf('<body'));
  });

  it('toggles auto → light → dark, remembers the choice across reloads, and re-themes diagrams', async () => {
    const { page, problems, close } = await openPage(browser, { colorScheme: 'light' });
    try {
      await page.goto(chapter);
      await waitForHydration(page);
      const toggle = page.getByRole('button', { name: /^Theme: / });
      expect(await toggle.getAttribute('aria-label')).toMatch(/^Theme: Auto/);
      await toggle.click();
      expect(await toggle.getAttribute('aria-label')).toMatch(/^Theme: Light/);
      expect(await theme(page)).toBe('light');

      const diagram = page.locator('[data-mermaid]').first();
      await diagram.scrollIntoViewIfNeeded();
      await page.waitForSelector('[data-mermaid="rendered"] svg');
      const lightSvg = await diagram.locator('svg').innerHTML();

      await toggle.click();
      expect(await toggle.getAttribute('aria-label')).toMatch(/^Theme: Dark/);
      expect(await theme(page)).toBe('dark');
      await page.waitForFunction((before) => {
        const svg = document.querySelector('[data-mermaid="rendered"] svg');
        return svg !== null && svg.innerHTML !== before;
      }, lightSvg);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).not.toBe('rgb(255, 255, 255)');

      await page.reload();
      expect(await theme(page)).toBe('dark');
      expect(problems.consoleErrors).toEqual([]);

      // Printing is always light.
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    } finally {
      await close();
    }
  });
});
