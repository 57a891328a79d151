import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export { CHROMIUM, CHROMIUM_ARGS };

export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export const baseURL = () => inject('baseURL');

/** Routes the build prerendered (written by scripts/prerender.ts), in dist/ or the E2E_DIST folder being served. */
export function builtRoutes(): string[] {
  const file = path.resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist', 'routes.json');
  return JSON.parse(readFileSync(file, 'utf8')) as string[];
}

/** What went wrong while a page was open: console errors, failed requests, requests to other origins. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Opens a page that records every problem; tests assert the lists stay empty. A request to any
 * other origin (from the page, its workers or a service worker) also fails the test in `close()`,
 * whether or not the test looks at `problems`. The offline service worker is blocked unless a
 * test asks for it (`serviceWorkers: 'allow'`): it would precache the whole book in every test.
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: baseURL(), serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const origin = new URL(baseURL()).origin;
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.foreignRequests.push(url);
  });
  const close = async () => {
    await context.close();
    if (problems.foreignRequests.length > 0) {
      throw new Error(`requests to another origin: ${problems.foreignRequests.join(', ')}`);
    }
  };
  return { page, problems, close };
}

/** Waits until React has hydrated the prerendered page (see src/app/Layout.tsx). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-hydrated="true"]');
}
