import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtRoutes, launch, openPage, waitForHydration } from './browser';

/**
 * axe-core on every prerendered route (contents, chapters, labs, the first slide of two lectures),
 * in the light and the dark theme, and the Chinese edition's pages in the light theme: no serious
 * or critical violation. Labs are checked once their UI has mounted; nothing is trained. Also: the
 * skip link comes first and shows a focus ring; reduced motion turns transitions off.
 */

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const routes = builtRoutes();
const lectures = routes.filter((r) => /^\/lecture\/[^/]+$/.test(r)).slice(0, 2);
const checked = [
  ...routes.filter((r) => r === '/' || r.startsWith('/chapters/') || r.startsWith('/labs/')),
  ...lectures,
];
/** The Chinese edition's contents and chapters: checked in one theme (colours do not depend on the language). */
const chinese = routes.filter((r) => r === '/zh/' || r.startsWith('/zh/chapters/'));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A readable list of violations: rule, impact, help and the first few offending nodes. */
function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} nodes)\n${nodes}${more}`;
    })
    .join('\n');
}

async function runAxe(page: Page): Promise<AxeResults> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(() =>
    window.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
}

/** Opens a route and waits until what axe should see is there (labs mounted, not trained). */
async function settle(page: Page, route: string): Promise<void> {
  await page.goto(route);
  await waitForHydration(page);
  // Scrolling regions are made keyboard-focusable once src/lib/keyboard-scroll.ts has loaded.
  if (!route.startsWith('/lecture/')) await page.waitForSelector('html[data-scroll-regions="ready"]');
  if (route.startsWith('/labs/')) await page.waitForSelector('[data-lab]', { timeout: 90_000 });
  if (route.startsWith('/lecture/')) {
    await page.waitForSelector('[data-slide-index]');
    return;
  }
  // Lazy labs inside a chapter replace their placeholder once their chunk has loaded (lecture
  // slides keep theirs until the slide is shown).
  await page.waitForFunction(() => document.querySelector('[data-lab-placeholder]') === null, undefined, {
    timeout: 90_000,
  });
}

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

describe('accessibility (axe-core)', () => {
  it('checks the contents page, every chapter and lab, and two lectures', () => {
    expect(checked).toContain('/');
    expect(checked.filter((r) => r.startsWith('/chapters/')).length).toBeGreaterThan(10);
    expect(checked.filter((r) => r.startsWith('/labs/')).length).toBeGreaterThan(3);
    expect(lectures.length).toBe(2);
    expect(chinese.filter((r) => r.startsWith('/zh/chapters/')).length).toBeGreaterThan(10);
  });

  it('offers "Skip to content" as the first focusable element, with a visible focus ring', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto('/chapters/losses');
      await waitForHydration(page);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { text: element.textContent, href: element.getAttribute('href'), outline: style.outlineStyle };
      });
      expect(focused).toEqual({ text: 'Skip to content', href: '#main', outline: 'solid' });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await close();
    }
  });

  it('turns transitions off for readers who prefer reduced motion', async () => {
    const durations: Record<string, string> = {};
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const { page, close } = await openPage(browser, { reducedMotion });
      try {
        await page.goto(lectures[0]);
        await page.waitForSelector('.lecture-toolbar');
        durations[reducedMotion] = await page.evaluate(
          () => getComputedStyle(document.querySelector('.lecture-toolbar') as Element).transitionDuration,
        );
      } finally {
        await close();
      }
    }
    expect(durations['no-preference']).toBe('0.3s');
    expect(parseFloat(durations.reduce)).toBeLessThan(0.001);
  });

  describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
    let page: Page;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ page, close } = await openPage(browser, {
        colorScheme,
        viewport: { width: 1280, height: 900 },
        bypassCSP: true, // axe is injected as an inline script, which the site's CSP rightly refuses
      }));
    });
    afterAll(async () => {
      await close?.();
    });

    it.each(colorScheme === 'light' ? [...checked, ...chinese] : checked)(
      '%s has no serious or critical violation',
      async (route) => {
        await settle(page, route);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        const { violations } = await runAxe(page);
        const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        const report = describeViolations(severe);
        if (severe.length > 0) console.log(`${route} (${colorScheme}):\n${report}`);
        expect(
          severe.map((v) => v.id),
          report,
        ).toEqual([]);
      },
    );
  });
});
