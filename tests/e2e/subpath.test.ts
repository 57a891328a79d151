import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build';
import { serveDist, type StaticServer } from '../../scripts/serve';
import { launch } from './browser';

const outDir = path.resolve(import.meta.dirname, '../../dist-subpath');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  await buildSite({ outDir, base: '/book/' });
  server = await serveDist({ dir: outDir, base: '/book/' });
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('the site built for a sub-path (BASE_PATH=/book/)', () => {
  it('serves pages, assets and in-app links under /book/ with nothing outside it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && !url.pathname.startsWith('/book/')) outside.push(url.pathname);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    try {
      await page.goto(`${server.url}/`);
      await page.waitForSelector('html[data-hydrated="true"]');
      const chapterLink = page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').first();
      expect(await chapterLink.getAttribute('href')).toMatch(/^\/book\/chapters\//);
      await chapterLink.click();
      await page.waitForURL(/\/book\/chapters\//);
      await page.waitForSelector('article.chapter .katex');

      // The prerendered page itself holds the chapter (readers without JavaScript, search engines).
      const raw = await (await fetch(`${server.url}/chapters/large-models`)).text();
      expect(raw).toContain('<h1>What is a large model?</h1>');
      expect(raw).toContain('href="/book/chapters/');

      await page.goto(`${server.url}/chapters/large-models`);
      await page.waitForSelector('html[data-hydrated="true"]');
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
      expect(outside).toEqual([]);
      expect(failed).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
