import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticServer } from '../../scripts/serve';
import { waitForHydration } from './browser';
import { launchWithoutWebgl, trainMnist } from './train-mnist';

/**
 * The offline book (scripts/pwa/service-worker.ts): after one visit, chapters, lecture mode and
 * the MNIST lab work with the network off. This test serves the build itself so that it can
 * stop the server: offline then means nothing answers, not only Chromium's offline emulation.
 */
const dir = path.resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
let browser: Browser;
let server: StaticServer | undefined;
beforeAll(async () => {
  // No WebGL, so the lab trains on wasm, whose binaries must come from the cache too.
  browser = await launchWithoutWebgl();
  server = await serveDist({ dir });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the book offline', () => {
  it('after one visit reads chapters, presents a lecture and trains the MNIST lab with no network', async () => {
    const url = server!.url;
    const context = await browser.newContext({ baseURL: url, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      const started = performance.now();
      await page.goto('/');
      await waitForHydration(page);
      // "Available offline" appears once the worker is active, i.e. after its precache finished.
      await page.waitForSelector('[data-offline="ready"]', { timeout: 90_000 });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const precache = names.find((name) => name.includes('precache'));
        const keys = precache ? await (await caches.open(precache)).keys() : [];
        return keys.map((request) => new URL(request.url).pathname);
      });
      console.info(`precached ${cached.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect(cached).toContain('/data/mnist.bin');
      expect(cached).toContain('/chapters/cnn');
      expect(cached.some((file) => file.endsWith('.wasm'))).toBe(true);
      expect(cached.some((file) => /\/lecture\/[^/]+\/\d/.test(file))).toBe(false); // deep slides: fallback

      await server!.close();
      server = undefined;
      await context.setOffline(true);

      // Client-side navigation to a chapter.
      await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').nth(1).click();
      await page.waitForURL(/\/chapters\//);
      await page.waitForSelector('article.chapter .katex');

      // A full load of another chapter, answered by the service worker.
      const response = await page.goto('/chapters/cnn');
      expect(response?.fromServiceWorker()).toBe(true);
      await waitForHydration(page);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
      expect(await page.locator('article.chapter .katex').count()).toBeGreaterThan(0);
      await page.locator('[data-mermaid]').first().scrollIntoViewIfNeeded();
      await page.waitForSelector('[data-mermaid="rendered"] svg', { timeout: 30_000 });

      // Lecture mode: its first slide, then a deep slide (served the app shell, 404.html).
      await page.goto('/lecture/large-models');
      await page.waitForSelector('[data-slide-index="0"]');
      await page.keyboard.press('End');
      await page.waitForFunction(
        () => document.querySelector('[data-slide-index]')?.getAttribute('data-slide-index') !== '0',
      );
      await page.goto('/lecture/large-models/3');
      await page.waitForSelector('[data-slide-index="2"]');

      // The MNIST lab: data, worker script and wasm binaries all from the cache.
      await page.goto('/labs/mnist');
      await waitForHydration(page);
      const { first, last } = await trainMnist(page, 'wasm', 3);
      console.info(`offline MNIST on wasm: loss ${first.toFixed(3)} -> ${last.toFixed(3)}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * A front for the static server that can pretend a new version was deployed: it then serves
 * sw.js with one more line, which is what a changed build looks like to the browser.
 */
async function deployable(target: string): Promise<{ url: string; deploy: () => void; close: () => Promise<void> }> {
  let version = 1;
  const front: Server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(`${target}${request.url ?? '/'}`);
      let body = Buffer.from(await upstream.arrayBuffer());
      if (version > 1 && new URL(request.url ?? '/', 'http://x').pathname === '/sw.js') {
        body = Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)]);
      }
      const headers = Object.fromEntries(
        [...upstream.headers].filter(([name]) => !['content-length', 'content-encoding', 'etag'].includes(name)),
      );
      response.writeHead(upstream.status, headers);
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const address = front.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: () => (version += 1),
    close: () => new Promise((resolve) => front.close(() => resolve())),
  };
}

describe('a new version', () => {
  it('shows "Update available", and Reload switches to it', async () => {
    const upstream = await serveDist({ dir });
    const site = await deployable(upstream.url);
    const context = await browser.newContext({ baseURL: site.url, serviceWorkers: 'allow' });
    const page = await context.newPage();
    try {
      await page.goto('/chapters/losses');
      await page.waitForSelector('[data-offline="ready"]', { timeout: 90_000 });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const first = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

      site.deploy();
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
      await prompt.waitFor({ timeout: 90_000 });
      // The old version keeps serving until the reader chooses to reload.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(
        true,
      );

      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
      await page.waitForSelector('[data-offline="ready"]', { timeout: 90_000 });
      const after = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, url: navigator.serviceWorker.controller?.scriptURL };
      });
      expect(after).toEqual({ waiting: null, url: first });
      expect(await page.getByText('Update available').count()).toBe(0);
    } finally {
      await context.close();
      await site.close();
      await upstream.close();
    }
  });
});
