import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, waitForHydration } from './browser';

/** Reading progress (src/app/progress) and glossary terms (src/mdx/components/Term.tsx) in the browser. */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stored = (page: Page) => page.evaluate(() => localStorage.getItem('book-progress'));
const sidebarLink = (page: Page, slug: string) => page.locator(`nav.sidebar a[href$="/chapters/${slug}"]`).first();

describe('reading progress', () => {
  it('remembers a visited chapter and an exercise marked done, across reloads, until reset', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto('/chapters/losses');
      await waitForHydration(page);
      const toggle = page.getByRole('button', { name: 'Mark as done' }).first();
      await toggle.waitFor();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      const key = await toggle.getAttribute('data-exercise');
      expect(key).toBe('losses/3.1');
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await sidebarLink(page, 'losses').locator('[data-done="1"]').waitFor();

      await page.reload();
      await waitForHydration(page);
      await page.locator('button[data-exercise="losses/3.1"][aria-pressed="true"]').waitFor();
      expect(await sidebarLink(page, 'losses').locator('[data-visited]').count()).toBe(1);
      expect(await sidebarLink(page, 'cnn').locator('[data-visited]').count()).toBe(0);
      expect(JSON.parse((await stored(page)) ?? '{}')).toMatchObject({ visited: ['losses'], done: ['losses/3.1'] });

      await page.goto('/');
      await waitForHydration(page);
      const box = page.getByRole('region', { name: 'Continue where you left off' });
      await box.waitFor();
      const link = box.locator('a[data-continue="losses"]');
      expect(await link.getAttribute('href')).toMatch(/\/chapters\/losses(#[\w-]+)?$/);
      expect(await box.textContent()).toContain('You have opened 1 of');
      expect(await box.textContent()).toContain('marked 1 exercise as done');

      await page.getByRole('button', { name: 'Reset progress' }).click();
      // Nothing is lost until the reader confirms; Cancel has the focus.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
      expect(await stored(page)).not.toBeNull();
      await page.getByRole('button', { name: 'Yes, reset' }).click();
      await page.getByRole('status').filter({ hasText: 'Your progress has been reset.' }).waitFor();
      expect(await box.count()).toBe(0);
      expect(await stored(page)).toBeNull();
      expect(await sidebarLink(page, 'losses').locator('[data-visited]').count()).toBe(0);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('ignores corrupt stored progress instead of failing', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.addInitScript(() => localStorage.setItem('book-progress', '{"v":1,"visited":[42,'));
      await page.goto('/');
      await waitForHydration(page);
      await page.goto('/chapters/losses');
      await waitForHydration(page);
      await page.getByRole('button', { name: 'Mark as done' }).first().waitFor();
      await sidebarLink(page, 'losses').locator('[data-visited]').waitFor();
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('glossary terms', () => {
  it('link to the glossary and show the definition on keyboard focus and hover; Esc hides it', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto('/chapters/pre-training');
      await waitForHydration(page);
      const term = page.locator('.term[data-term="pre-training"]').first();
      const link = term.locator('a');
      const tooltip = term.locator('[role="tooltip"]'); // hidden until hover or focus, so not by role
      expect(await link.getAttribute('href')).toMatch(/\/chapters\/glossary#pre-training$/);
      expect(await link.getAttribute('aria-describedby')).toBe(await tooltip.getAttribute('id'));
      expect(await tooltip.textContent()).toMatch(/^Training a general model once/);
      expect(await tooltip.isVisible()).toBe(false);

      await link.focus();
      await tooltip.waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await tooltip.waitFor({ state: 'hidden' });

      await link.blur();
      await term.hover();
      await tooltip.waitFor({ state: 'visible' });
      await page.locator('h1').hover();
      await tooltip.waitFor({ state: 'hidden' });
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
