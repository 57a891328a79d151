import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openPage, waitForHydration } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The served HTML of `route` (before any JavaScript) and its HTTP status. */
async function served(route: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${baseURL()}${route}`);
  return { status: response.status, html: await response.text() };
}

describe('an unknown address', () => {
  it('gets the English 404 page, which also speaks Chinese and links to both contents pages', async () => {
    const { status, html } = await served('/no-such-page');
    expect(status).toBe(404);
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('Page not found');
    expect(html).toMatch(/<p lang="zh-CN"[^>]*>[\s\S]*页面不存在/);
    expect(html).toMatch(/href="[^"]*\/zh\/"[^>]*hrefLang="zh-CN"|hrefLang="zh-CN"[^>]*href="[^"]*\/zh\/"/i);
  });

  it('under /zh/ gets the Chinese 404 page (lang zh-CN), which also speaks English', async () => {
    const { status, html } = await served('/zh/no-such-page');
    expect(status).toBe(404);
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toContain('页面不存在');
    expect(html).toMatch(/<p lang="en"[^>]*>[\s\S]*Page not found/);
  });

  it('shows the right language in the browser, with working links home in both', async () => {
    const { page, close } = await openPage(browser);
    try {
      for (const [route, lang, title, home] of [
        ['/zh/chapters/no-such-chapter', 'zh-CN', '页面不存在', '/zh/'],
        ['/no-such-page', 'en', 'Page not found', '/'],
      ] as const) {
        await page.goto(route);
        await waitForHydration(page);
        await expect(page.locator('h1').first().textContent()).resolves.toBe(title);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        // The edition's own link to its contents page, then the other edition's.
        await page.locator('.not-found p').first().getByRole('link').click();
        await page.waitForURL((url) => url.pathname.endsWith(home));
        await page.goBack();
        await waitForHydration(page);
        const other = await page.locator('.not-found-other a').getAttribute('href');
        const site = new URL(baseURL()).pathname.replace(/\/$/, '');
        expect(other).toBe(`${site}${home === '/' ? '/zh/' : '/'}`);
      }
    } finally {
      await close();
    }
  });
});
