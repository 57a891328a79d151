import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYMAP } from '../../src/lecture/keymap';
import { MIN_FIT, SCROLL_FIT } from '../../src/lecture/SlideCell';
import { builtRoutes, launch, openPage, waitForHydration } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const lectures = builtRoutes().filter((r) => r.startsWith('/lecture/'));
const lecture = lectures.find((r) => r === '/lecture/large-models') ?? lectures[0];
const slug = lecture.split('/')[2];

/** The stage's contract attributes and the path, as one comparable value. */
async function where(page: Page): Promise<{ path: string; slide: string | null; step: string | null }> {
  const stage = page.locator('[data-slide-index]').first();
  return {
    path: new URL(page.url()).pathname,
    slide: await stage.getAttribute('data-slide-index'),
    step: await stage.getAttribute('data-step-index'),
  };
}

/** Deck index of the first slide whose content matches `selector`. */
async function slideWith(page: Page, selector: string): Promise<number> {
  const index = await page.evaluate(
    (s) => document.querySelector(s)?.closest<HTMLElement>('[data-slide]')?.dataset.slide,
    selector,
  );
  if (index === undefined) throw new Error(`No slide has ${selector}`);
  return Number(index);
}

async function goToSlide(page: Page, index: number): Promise<void> {
  await page.keyboard.press('g');
  await page.getByRole('spinbutton', { name: /Slide number/ }).fill(String(index + 1));
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (i) => document.querySelector('[data-slide-index]')?.getAttribute('data-slide-index') === String(i),
    index,
  );
}

describe('lecture mode', () => {
  it('moves by keyboard through steps and slides, keeps the URL in step, and reloads on a deep slide', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(lecture);
      await waitForHydration(page);
      expect(await where(page)).toEqual({ path: lecture, slide: '0', step: '0' });
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      await page.keyboard.press('ArrowRight');
      expect(await where(page)).toEqual({ path: `${lecture}/2`, slide: '1', step: '0' });
      await page.keyboard.press('PageDown');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('PageUp');
      expect((await where(page)).slide).toBe('0');

      // A slide with steps: each press reveals one more, and the URL names the step.
      const stepped = await slideWith(page, '.slide-content > [data-step="1"], .slide-content > * > [data-step="1"]');
      await goToSlide(page, stepped);
      const first = page.locator(`[data-slide="${stepped}"] [data-step="1"]`);
      expect(await first.isVisible()).toBe(false);
      await page.keyboard.press(' ');
      expect(await where(page)).toEqual({ path: `${lecture}/${stepped + 1}/1`, slide: String(stepped), step: '1' });
      expect(await first.isVisible()).toBe(true);

      // Reload and "send me this slide": the deep URL opens on the same slide and step.
      await page.reload();
      await page.waitForSelector(`[data-slide-index="${stepped}"][data-step-index="1"]`);
      expect(await page.locator(`[data-slide="${stepped}"] [data-step="1"]`).isVisible()).toBe(true);
      expect(await page.title()).toMatch(/^Lecture: /);

      await page.keyboard.press('End');
      const last = await where(page);
      await page.keyboard.press('ArrowRight');
      expect(await where(page)).toEqual(last);
      await page.keyboard.press('Home');
      expect(await where(page)).toEqual({ path: lecture, slide: '0', step: '0' });
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the presenter and audience windows in sync both ways', async () => {
    const { page: audience, problems, close } = await openPage(browser);
    try {
      await audience.goto(lecture);
      await waitForHydration(audience);
      const presenter = await audience.context().newPage();
      await presenter.goto(`/presenter/${slug}`);
      await waitForHydration(presenter);
      expect(await presenter.locator('.presenter-notes').textContent()).toMatch(/notes/i);

      await audience.keyboard.press('ArrowRight');
      await audience.keyboard.press('ArrowRight');
      await presenter.waitForFunction(
        () => document.querySelector('.presenter')?.getAttribute('data-slide-index') === '2',
      );
      expect(new URL(presenter.url()).pathname).toBe(`/presenter/${slug}/3`);
      expect(await presenter.locator('.presenter-counter').textContent()).toMatch(/^Slide 3 \/ \d+/);
      // The current preview shows slide 3, the next preview the step after it.
      expect(await presenter.locator('.presenter-current [data-slide]').getAttribute('data-slide')).toBe('2');
      expect(await presenter.locator('.presenter-next [data-slide]').count()).toBe(1);

      await presenter.getByRole('button', { name: 'Previous' }).click();
      await audience.waitForFunction(
        () => document.querySelector('[data-slide-index]')?.getAttribute('data-slide-index') !== '2',
      );
      const back = await where(audience);
      expect(Number(back.slide) * 100 + Number(back.step)).toBeLessThan(200);

      await presenter.getByRole('button', { name: 'Blank screen' }).click();
      await audience.waitForSelector('[data-blank]');
      await audience.keyboard.press('b');
      await presenter.waitForFunction(() => !document.querySelector('.presenter')?.hasAttribute('data-blank'));
      expect(await presenter.getByRole('button', { name: 'Blank screen' }).getAttribute('aria-pressed')).toBe('false');
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the overview grid, blanks the screen, lists the keys, and has laser, drawing, zoom and swipes', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(lecture);
      await waitForHydration(page);
      const total = await page.locator('.slide-cell').count();

      await page.keyboard.press('o');
      await page.waitForSelector('.deck[data-layout="overview"]');
      const picks = page.getByRole('button', { name: /^Show Slide \d+ of \d+/ });
      expect(await picks.count()).toBe(total);
      await picks.nth(3).click();
      expect(await where(page)).toEqual({ path: `${lecture}/4`, slide: '3', step: '0' });
      expect(await page.locator('.deck[data-layout="present"]').count()).toBe(1);

      for (const key of ['b', '.']) {
        await page.keyboard.press(key);
        expect(await page.locator('[data-blank]').isVisible()).toBe(true);
        await page.keyboard.press(key);
        expect(await page.locator('[data-blank]').count()).toBe(0);
      }

      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      expect(await help.locator('tr').count()).toBe(KEYMAP.length);
      await page.keyboard.press('Escape');
      expect(await help.count()).toBe(0);

      await page.keyboard.press('l');
      expect(await page.locator('.laser').count()).toBe(1);
      await page.keyboard.press('l');
      await page.keyboard.press('d');
      const box = (await page.locator('.draw-layer').boundingBox())!;
      await page.mouse.move(box.x + 100, box.y + 100);
      await page.mouse.down();
      await page.mouse.move(box.x + 300, box.y + 200, { steps: 5 });
      await page.mouse.up();
      const inked = () =>
        page.evaluate(() => {
          const canvas = document.querySelector<HTMLCanvasElement>('.draw-layer')!;
          const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          return pixels.some((value, i) => i % 4 === 3 && value > 0);
        });
      expect(await inked()).toBe(true);
      await page.keyboard.press('c');
      expect(await inked()).toBe(false);
      await page.keyboard.press('Escape');

      await page.keyboard.press('+');
      expect(await page.locator('.deck-zoom').getAttribute('style')).toContain('scale(1.5)');
      await page.keyboard.press('0');
      expect(await page.locator('.deck-zoom').getAttribute('style')).toContain('scale(1)');

      // A swipe to the left on a touch screen moves on (a step or a slide).
      const before = await where(page);
      await page.evaluate(() => {
        const stage = document.querySelector('.lecture-stage')!;
        const touch = (type: string, x: number) =>
          stage.dispatchEvent(
            new PointerEvent(type, { bubbles: true, pointerType: 'touch', clientX: x, clientY: 300 }),
          );
        touch('pointerdown', 900);
        touch('pointerup', 300);
      });
      const after = await where(page);
      expect(Number(after.slide) * 100 + Number(after.step)).toBeGreaterThan(
        Number(before.slide) * 100 + Number(before.step),
      );
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('runs a lab on its slide, keeps its state across slides, and mirrors it in the presenter window', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(lecture);
      await waitForHydration(page);
      const presenter = await page.context().newPage();
      await presenter.goto(`/presenter/${slug}`);
      await waitForHydration(presenter);

      const labSlide = await slideWith(page, '[data-lab-placeholder="diagnostics"]');
      await goToSlide(page, labSlide);
      const lab = page.locator('[data-lab="diagnostics"]');
      await page.waitForSelector('[data-lab="diagnostics"][data-state="ready"]', { timeout: 90_000 });
      expect(await lab.isVisible()).toBe(true);
      await lab.evaluate((element) => (element.dataset.marker = 'same instance'));

      // The presenter mirrors the lab's metrics and never runs one itself.
      await presenter.waitForSelector('.presenter-current [data-lab-mirror="diagnostics"][data-state="ready"]');
      const backend = await lab.locator('[data-metric="backend"]').textContent();
      expect(await presenter.locator('.presenter-current [data-metric="backend"]').textContent()).toBe(backend);
      expect(await presenter.locator('[data-lab]').count()).toBe(0);

      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await lab.isVisible()).toBe(false);
      await goToSlide(page, labSlide);
      expect(await lab.getAttribute('data-marker')).toBe('same instance');
      expect(await lab.getAttribute('data-state')).toBe('ready');
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('prints one slide per page, with or without notes', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto(lecture);
      await waitForHydration(page);
      const slides = await page.locator('.slide-cell').count();
      const pages = async () => {
        const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
        return pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
      };
      expect(await pages()).toBe(slides);
      await page.getByRole('button', { name: 'Notes in print' }).click();
      expect(await pages()).toBe(slides);
    } finally {
      await close();
    }
  });

  it.each(lectures)('%s makes a sensible deck: no empty slide, none overflowing its 16:9 frame', async (route) => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(route);
      await waitForHydration(page);
      await page.waitForFunction(() => document.querySelectorAll('[data-mermaid="pending"]').length === 0);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const slides = await page.evaluate(
        ({ minFit, scrollFit }) =>
          [...document.querySelectorAll<HTMLElement>('.slide-cell')].map((cell) => {
            const frame = cell.querySelector<HTMLElement>('.slide-frame')!;
            const body = cell.querySelector<HTMLElement>('.slide-body')!;
            const content = cell.querySelector<HTMLElement>('.slide-content')!;
            const text = (content.textContent ?? '').trim();
            const media = content.querySelector('svg, img, canvas, table, [data-lab-placeholder], [data-mermaid]');
            const room = body.getBoundingClientRect().height;
            const tallest = Math.max(...[...content.children].map((child) => child.getBoundingClientRect().height));
            const scrolls = body.dataset.scroll === 'true';
            return {
              slide: `${cell.dataset.slide}: ${text.slice(0, 40)}`,
              frame: `${frame.offsetWidth}x${frame.offsetHeight}`,
              frameOverflow: frame.scrollHeight > frame.clientHeight + 1,
              empty: text.length === 0 && !media,
              // A slide scrolls only when one block alone is taller than the frame even at the smallest fit.
              overflow: scrolls
                ? (tallest * minFit) / scrollFit <= room
                : body.scrollHeight > body.clientHeight + 1 ||
                  content.getBoundingClientRect().bottom > body.getBoundingClientRect().bottom + 1,
              fit: Number(content.dataset.fit),
            };
          }),
        { minFit: MIN_FIT, scrollFit: SCROLL_FIT },
      );
      expect(slides.length).toBeGreaterThan(2);
      expect(slides.filter((s) => s.frame !== '1280x720' || s.frameOverflow)).toEqual([]);
      expect(slides.filter((s) => s.empty)).toEqual([]);
      expect(slides.filter((s) => s.overflow)).toEqual([]);
      expect(slides.filter((s) => !(s.fit >= MIN_FIT))).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
