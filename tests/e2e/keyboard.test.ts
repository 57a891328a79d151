import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, waitForHydration } from './browser';

/**
 * Keyboard only (issue #9): representative paths through the labs, lecture mode and search
 * driven with page.keyboard alone, no clicks. Each control is reached with Tab, and every
 * focus stop on the way must show a focus ring.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The focused element's accessible name (aria-label, label, or text), role-ish tag and outline. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
    const name = (element.getAttribute('aria-label') ?? labelled ?? element.textContent ?? '').trim();
    return { name, tag: element.tagName.toLowerCase(), outline: getComputedStyle(element).outlineStyle };
  });
}

/**
 * Presses Tab until the focused element's name matches `name` (at most `limit` presses) and
 * checks that every stop on the way had a visible focus ring.
 */
async function tabTo(page: Page, name: RegExp, limit = 80, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const unringed: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (now && now.outline === 'none') unringed.push(`${now.tag} "${now.name}"`);
    if (now && name.test(now.name)) {
      expect(unringed, 'focus stops without a visible focus ring').toEqual([]);
      return;
    }
  }
  throw new Error(`no focusable element named ${name} within ${limit} Tab presses`);
}

const state = (page: Page, lab: string, value: string, timeout = 90_000) =>
  page.waitForSelector(`[data-lab="${lab}"][data-state="${value}"]`, { timeout });
const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"]`).first().textContent();

describe('keyboard only', () => {
  it('MLP playground: Tab to Train, Enter trains, Enter again pauses (focus stays put), arrows change the dataset', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/mlp');
      await waitForHydration(page);
      await state(page, 'mlp', 'ready');
      await tabTo(page, /^Train$/);
      await page.keyboard.press('Enter');
      await state(page, 'mlp', 'training');
      // The same button now says Pause and still has the focus.
      expect((await focused(page))?.name).toBe('Pause');
      await page.keyboard.press('Enter');
      await state(page, 'mlp', 'paused');
      expect((await focused(page))?.name).toBe('Resume');
      // Back to the dataset select: the arrow keys pick another dataset without opening the list.
      await tabTo(page, /^Dataset/, 40, 'Shift+Tab');
      const before = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((b) => (document.activeElement as HTMLSelectElement).value !== b, before);
      await state(page, 'mlp', 'ready');
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('MNIST lab: without a pointer, a sample digit is drawn on the pad and predicted', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/mnist');
      await waitForHydration(page);
      await page.waitForSelector('[data-lab="mnist"]', { timeout: 90_000 });
      await page.waitForSelector('.mnist-lab .model-summary', { timeout: 90_000 });
      await tabTo(page, /draw the digit/);
      await page.keyboard.press('ArrowDown'); // 3 → 4
      expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('4');
      await tabTo(page, /^Draw it$/, 3);
      await page.keyboard.press('Space');
      await page.waitForFunction(
        () => /^\d$/.test(document.querySelector('[data-metric="predicted-digit"]')?.textContent ?? ''),
        undefined,
        { timeout: 60_000 },
      );
      // Ink landed on the pad.
      const ink = await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas[aria-label="Draw a digit"]');
        const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
        return inked;
      });
      expect(ink).toBeGreaterThan(1000);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('sentiment lab: type a review in the Review box and get its score', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/sentiment');
      await waitForHydration(page);
      await state(page, 'sentiment', 'idle');
      await page.waitForFunction(() =>
        /^0\.\d{4}$/.test(document.querySelector('[data-metric="positive-probability"]')?.textContent ?? ''),
      );
      const before = await metric(page, 'positive-probability');
      await tabTo(page, /^Review$/);
      await page.keyboard.press('Control+a');
      await page.keyboard.type('A wonderful film, I loved it.');
      await page.waitForFunction(
        (before) =>
          document.querySelector('.review-highlight')?.textContent === 'a wonderful film, i loved it.' &&
          document.querySelector('[data-metric="positive-probability"]')?.textContent !== before,
        before,
        { timeout: 30_000 },
      );
      expect(Number(await metric(page, 'positive-probability'))).toBeGreaterThanOrEqual(0);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('optimizer race: the arrow keys move the start point on the focused map', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/labs/optimizer-race');
      await waitForHydration(page);
      await page.waitForSelector('[data-lab="optimizer-race"] .race-plot svg', { timeout: 90_000 });
      const start = () => page.locator('.race-start-point').textContent();
      const before = await start();
      await tabTo(page, /after \d+ steps from/);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((b) => document.querySelector('.race-start-point')?.textContent !== b, before);
      expect(await start()).not.toBe(before);
      // "Default start" is enabled now and puts it back.
      await tabTo(page, /^Default start$/, 60);
      await page.keyboard.press('Enter');
      await page.waitForFunction((b) => document.querySelector('.race-start-point')?.textContent === b, before);
    } finally {
      await close();
    }
  });

  it('lecture mode: slides by arrow keys, "?" opens a dialog that keeps and returns the focus, Exit by Tab', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    try {
      await page.goto('/lecture/losses');
      await page.waitForSelector('[data-slide-index="0"]');
      await waitForHydration(page);
      const slide = () => page.getAttribute('[data-slide-index]', 'data-slide-index');
      await page.keyboard.press('End');
      await page.waitForFunction(
        () => document.querySelector('[data-slide-index]')?.getAttribute('data-slide-index') !== '0',
      );
      await page.keyboard.press('Home');
      await page.waitForSelector('[data-slide-index="0"]');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('PageDown');
      await page.waitForFunction(
        () => document.querySelector('[data-slide-index]')?.getAttribute('data-slide-index') !== '0',
      );
      const here = await slide();

      // Focus a toolbar button, open the help with "?", Tab around inside it, Esc closes it.
      await tabTo(page, /^Next$/);
      const opener = (await focused(page))?.name;
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect((await focused(page))?.name).toBe('Close');
      for (const key of ['Tab', 'Tab', 'Shift+Tab']) {
        await page.keyboard.press(key);
        expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect((await focused(page))?.name).toBe(opener);
      expect(await slide()).toBe(here);

      // Leave the lecture from the toolbar's Exit link.
      await tabTo(page, /^Back to the chapter$/, 30);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/chapters/losses');
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('chapter: "/" opens search, typing finds, Enter jumps to the heading', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/chapters/optimizers');
      await waitForHydration(page);
      await page.keyboard.press('/');
      await page.getByRole('dialog', { name: 'Search the book' }).waitFor();
      await page.keyboard.type('cross-entropy');
      const first = page.getByRole('option').first();
      await first.waitFor();
      const anchor = (await first.getAttribute('data-anchor')) ?? '';
      const slug = (await first.getAttribute('data-slug')) ?? '';
      expect(anchor).not.toBe('');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/chapters/${slug}#${anchor}`);
      await page.waitForFunction((id) => document.activeElement?.id === id, anchor);
    } finally {
      await close();
    }
  });
});
