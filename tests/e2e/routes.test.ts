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

const routes = builtRoutes();

describe('every prerendered route', () => {
  it('includes the contents page, every chapter and every lab', () => {
    expect(routes).toContain('/');
    expect(routes.some((r) => r.startsWith('/chapters/'))).toBe(true);
    expect(routes.some((r) => r.startsWith('/labs/'))).toBe(true);
  });

  it.each(routes)('%s loads with no console error, failed or foreign request', async (route) => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(route);
      await waitForHydration(page);
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
      if (route.startsWith('/chapters/')) {
        // Math that was prerendered is still there after hydration (appendices may have none).
        const prerendered = await (await fetch(new URL(route, page.url()))).text();
        if (prerendered.includes('class="katex"')) expect(await page.locator('.katex').count()).toBeGreaterThan(0);
        expect(await page.locator('.katex-error').count()).toBe(0);
        // The TOC and prev/next navigation are there.
        expect(await page.getByRole('navigation', { name: 'Previous and next chapter' }).count()).toBe(1);
      }
      if (route.startsWith('/labs/')) {
        await page.waitForSelector('[data-lab][data-state="ready"], [data-lab][data-state="idle"]', {
          timeout: 90_000,
        });
      }
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });
});

describe('a chapter page', () => {
  const chapter = routes.find((r) => r.startsWith('/chapters/')) ?? '/chapters/large-models';

  it('turns every Mermaid block into an SVG when it scrolls into view', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(chapter);
      await waitForHydration(page);
      const diagrams = page.locator('[data-mermaid]');
      const count = await diagrams.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const diagram = diagrams.nth(i);
        await diagram.scrollIntoViewIfNeeded();
        await page.waitForFunction(
          (el) => el?.getAttribute('data-mermaid') !== 'pending',
          await diagram.elementHandle(),
        );
        expect(await diagram.getAttribute('data-mermaid')).toBe('rendered');
        expect(await diagram.locator('svg').count()).toBe(1);
      }
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('loads mermaid only when a diagram is on the page, and TF.js only where a lab is', async () => {
    const { page, close } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    try {
      await page.goto('/');
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
      expect(scripts.filter((url) => /mermaid|Lab-|tfjs|cytoscape/i.test(url))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('navigates between pages without a full reload and keeps the URL in step', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto('/');
      await waitForHydration(page);
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
      await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').first().click();
      await page.waitForURL(/\/chapters\//);
      await page.waitForSelector('article.chapter .katex');
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
      expect(await page.title()).toMatch(/^1\. /);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('gives every h2/h3 a stable id with a link anchor, listed in "On this page"', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(chapter);
      await waitForHydration(page);
      const headings = await page.$$eval('article.chapter h2[id], article.chapter h3[id]', (els) =>
        els.map((el) => ({ id: el.id, anchor: el.querySelector('a.heading-anchor')?.getAttribute('href') })),
      );
      const withAnchor = headings.filter((h) => h.anchor);
      expect(withAnchor.length).toBeGreaterThan(1);
      for (const h of withAnchor) expect(h.anchor).toBe(`#${h.id}`);
      const tocLinks = await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').count();
      expect(tocLinks).toBe(withAnchor.length);
    } finally {
      await close();
    }
  });

  it('reads on a phone: no horizontal scrolling, chapters behind a menu button', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 375, height: 740 }, isMobile: true });
    try {
      await page.goto(chapter);
      await waitForHydration(page);
      const sidebar = page.getByRole('navigation', { name: 'Chapters' });
      expect(await sidebar.isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Chapters' }).click();
      expect(await sidebar.isVisible()).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await close();
    }
  });
});
