import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetReport } from '../../scripts/js-budget';
import { baseURL, launch, openPage } from './browser';

/**
 * The JS performance budget (scripts/js-budget.ts): the build measures every page's JavaScript
 * before interaction and writes js-budget.json; this suite fails when a text-only chapter is over
 * budget, and checks in Chromium that the measurement misses nothing a page really loads.
 */
const dist = path.resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
const report = JSON.parse(readFileSync(path.join(dist, 'js-budget.json'), 'utf8')) as BudgetReport;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('JS budget', () => {
  it('keeps every text-only chapter within the budget', () => {
    const textOnly = report.routes.filter((route) => route.textOnly);
    expect(textOnly.map((route) => route.route)).toContain('/chapters/losses');
    console.log(textOnly.map((route) => `${kb(route.gzip).padStart(9)}  ${route.route}`).join('\n'));
    const over = textOnly.filter((route) => route.gzip > report.budget).map((r) => `${r.route}: ${kb(r.gzip)}`);
    expect(over, `over ${kb(report.budget)} of JS (gzip) before interaction`).toEqual([]);
  });

  it('loads no TF.js, Mermaid or uPlot before interaction on any page', () => {
    expect(report.routes.filter((route) => route.heavy.length > 0)).toEqual([]);
  });

  it('measures enough: a chapter becomes interactive with only the files counted for it', async () => {
    const measured = report.routes.find((route) => route.route === '/chapters/losses');
    expect(measured).toBeDefined();
    const counted = new Set(measured?.files);
    const { page, problems, close } = await openPage(browser);
    const base = new URL(baseURL()).pathname;
    const fetched: string[] = [];
    const held: (() => Promise<void>)[] = [];
    // Every other JS file is held back until the page has hydrated: if hydration needed one, it never comes.
    await page.route('**/*.js', async (route) => {
      const file = new URL(route.request().url()).pathname.slice(base.length);
      if (counted.has(file)) {
        fetched.push(file);
        await route.continue();
      } else held.push(() => route.continue());
    });
    try {
      await page.goto('/chapters/losses');
      await page.waitForSelector('html[data-hydrated="true"]', { timeout: 30_000 });
      expect(new Set(fetched)).toEqual(counted);
      await Promise.all(held.splice(0).map((release) => release()));
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await Promise.all(held.splice(0).map((release) => release()));
      await close();
    }
  });
});
