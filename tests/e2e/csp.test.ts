import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, waitForHydration } from './browser';
import { launchWithoutWebgl, trainMnist } from './train-mnist';

/**
 * The Content-Security-Policy of the production build (scripts/csp.ts) is enforced, and every
 * feature works under it: no violation while reading, presenting, drawing diagrams and training.
 */
let browser: Browser;
let noWebgl: Browser;
beforeAll(async () => {
  browser = await launch();
  noWebgl = await launchWithoutWebgl();
});
afterAll(async () => {
  await browser?.close();
  await noWebgl?.close();
});

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console lines about the policy, from the page and its workers. */
  consoleCsp: string[];
  /** securitypolicyviolation events seen by the page: "directive blocked-uri". */
  violations: () => Promise<string[]>;
}

async function watch(from: Browser): Promise<Watched> {
  const context = await from.newContext({ baseURL: baseURL(), serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const consoleCsp: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) consoleCsp.push(message.text());
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { context, page, consoleCsp, violations };
}

describe('the Content-Security-Policy', () => {
  it('is sent as a header and a meta tag, without unsafe-eval, and blocks an injected inline script', async () => {
    const { context, page, consoleCsp, violations } = await watch(browser);
    try {
      const response = await page.goto('/');
      await waitForHydration(page);
      const header = (await response?.allHeaders())?.['content-security-policy'] ?? '';
      const meta = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) ?? '';
      for (const policy of [header, meta]) {
        expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
        expect(policy).toContain("connect-src 'self'");
        expect(policy).toContain("object-src 'none'");
        expect(policy).not.toContain(" 'unsafe-eval'");
        expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      }
      // The theme script in <head> ran (its hash is allowed): the theme attribute is set.
      expect(await page.getAttribute('html', 'data-theme')).toMatch(/^(light|dark)$/);
      // An inline script injected by someone else does not run.
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
        return (window as unknown as { injected?: boolean }).injected === true;
      });
      expect(ran).toBe(false);
      await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
      // Reported once per policy (header and meta both enforce).
      expect(new Set(await violations())).toEqual(new Set(['script-src-elem inline']));
      expect(consoleCsp.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('reports no violation on the contents page, a chapter with math and diagrams, a lecture and WebGL', async () => {
    const { context, page, consoleCsp, violations } = await watch(browser);
    try {
      await page.goto('/');
      await waitForHydration(page);
      expect(await violations()).toEqual([]);

      await page.goto('/chapters/large-models');
      await waitForHydration(page);
      expect(await page.locator('.katex').count()).toBeGreaterThan(0);
      const diagrams = page.locator('[data-mermaid]');
      expect(await diagrams.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await diagrams.count()); i++) {
        await diagrams.nth(i).scrollIntoViewIfNeeded();
        await page.waitForSelector(`[data-mermaid]:nth-match([data-mermaid], ${i + 1}) svg`, { timeout: 30_000 });
      }
      expect(await page.locator('[data-mermaid="rendered"]').count()).toBe(await diagrams.count());
      expect(await violations()).toEqual([]);

      await page.goto('/lecture/large-models');
      await page.waitForSelector('[data-slide-index="0"]');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.pathname !== '/lecture/large-models');
      expect(await violations()).toEqual([]);

      // TF.js WebGL on the main thread (the diagnostics lab's matrix product).
      await page.goto('/labs/diagnostics');
      await page.waitForSelector('[data-lab="diagnostics"][data-state="ready"]', { timeout: 90_000 });
      expect(await page.locator('[data-lab="diagnostics"] [data-metric="backend"]').textContent()).toBe('webgl');
      expect(await violations()).toEqual([]);
      expect(consoleCsp).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets the MNIST lab train on wasm in its worker with no violation', async () => {
    const { context, page, consoleCsp, violations } = await watch(noWebgl);
    try {
      await page.goto('/labs/mnist');
      await waitForHydration(page);
      await trainMnist(page, 'wasm', 3);
      expect(await violations()).toEqual([]);
      expect(consoleCsp).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
