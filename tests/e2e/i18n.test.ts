import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openPage, waitForHydration } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CHINESE = /[\u4e00-\u9fff]/;
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const pathAndHash = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.hash}`;
};
/**
 * Whether the page shows the section that starts at heading `id`: its heading near the top of the
 * window (diagrams above it that finish rendering can move it by a few lines).
 */
const inView = (page: Page, id: string) =>
  page.evaluate((target) => {
    const top = document.getElementById(target)?.getBoundingClientRect().top ?? -1e9;
    return top > -300 && top < window.innerHeight / 2;
  }, id);

/**
 * Clicks the language switch where it is, like a reader does. (Playwright's click first scrolls
 * its target into view, and scrolling to a sticky header moves the page: the section read changes.)
 */
async function switchTo(page: Page, lang: 'en' | 'zh'): Promise<void> {
  const box = await page.locator(`[data-lang-switch="${lang}"]`).boundingBox();
  if (!box) throw new Error(`no language switch to ${lang} on ${page.url()}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('the Chinese edition', () => {
  it('switches a chapter to Chinese and back at the same section', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto('/chapters/losses#mse');
      await waitForHydration(page);
      expect(await htmlLang(page)).toBe('en');
      expect(await page.locator('#mse').textContent()).toMatch(/mean squared error/i);
      // The reader is at the section the link named (figures above may still move it a little).
      await page.waitForFunction(() => {
        const top = document.getElementById('mse')?.getBoundingClientRect().top ?? -1e9;
        return top > -200 && top < 200;
      });

      await switchTo(page, 'zh');
      await page.waitForFunction(() => location.pathname === '/zh/chapters/losses');
      await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.getElementById('mse')?.textContent ?? ''));
      expect(pathAndHash(page)).toBe('/zh/chapters/losses#mse');
      expect(await htmlLang(page)).toBe('zh-CN');
      expect(await page.locator('#mse').textContent()).toContain('均方误差');
      expect(await inView(page, 'mse')).toBe(true);
      // The shell is Chinese too: header, "On this page", prev/next.
      expect(await page.getByRole('navigation', { name: '本页内容' }).count()).toBe(1);
      expect(await page.getByRole('navigation', { name: '上一章与下一章' }).count()).toBe(1);
      expect(await page.locator('.chapter-kicker').textContent()).toContain('第 3 章');
      expect(await page.title()).toMatch(/^3\. .*动手学大模型$/);

      // Read on to another section, then switch back: English opens there.
      await page.evaluate(() => document.getElementById('binary-cross-entropy')?.scrollIntoView());
      await switchTo(page, 'en');
      await page.waitForFunction(() => location.pathname === '/chapters/losses');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(pathAndHash(page)).toBe('/chapters/losses#binary-cross-entropy');
      expect(await page.locator('#binary-cross-entropy').textContent()).toMatch(/Binary cross-entropy/);
      expect(await inView(page, 'binary-cross-entropy')).toBe(true);
      expect(await page.getByRole('navigation', { name: 'On this page' }).count()).toBe(1);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });

  it('prerenders Chinese pages with lang="zh-CN", Chinese text and links inside /zh/ (no JavaScript needed)', async () => {
    const html = await (await fetch(new URL('/zh/chapters/losses', baseURL()))).text();
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toMatch(/<h2 id="mse"[^>]*>[^<]*均方误差/);
    expect(html).toContain('href="/chapters/losses"'); // the switch back to English
    expect(html).not.toMatch(/href="\/chapters\/(?!losses")/); // every other book link stays in /zh/
    expect(html).toContain('href="/zh/chapters/optimizers"');
    const english = await (await fetch(new URL('/chapters/losses', baseURL()))).text();
    expect(english).toMatch(/<html lang="en"/);
    expect(english).toContain('href="/zh/chapters/losses"');
  });

  it('shows lecture mode in Chinese, and the switch keeps the slide', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    try {
      await page.goto('/zh/lecture/losses');
      await waitForHydration(page);
      expect(await htmlLang(page)).toBe('zh-CN');
      expect(await page.locator('.title-slide h1').textContent()).toMatch(CHINESE);
      expect(await page.locator('.title-slide-kicker').textContent()).toContain('第 3 章');
      expect(await page.getByRole('navigation', { name: '讲课控制' }).count()).toBe(1);
      await page.getByRole('button', { name: '下一步' }).click();
      await page.getByRole('button', { name: '下一步' }).click();
      await page.waitForFunction(() => location.pathname.startsWith('/zh/lecture/losses/'));
      const chinesePath = new URL(page.url()).pathname;
      const slide = await page.locator('.lecture-stage').getAttribute('data-slide-index');
      expect(Number(slide)).toBeGreaterThan(0);
      // The current slide's content is Chinese.
      expect(await page.locator('[data-current] .slide-content').first().textContent()).toMatch(CHINESE);

      await switchTo(page, 'en');
      await page.waitForFunction(() => location.pathname.startsWith('/lecture/losses'));
      expect(new URL(page.url()).pathname).toBe(chinesePath.replace(/^\/zh/, ''));
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.locator('.lecture-stage').getAttribute('data-slide-index')).toBe(slide);
      expect(await page.getByRole('navigation', { name: 'Lecture controls' }).count()).toBe(1);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });

  it('opens a deep Chinese lecture link (a page written for every slide) at its slide', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    try {
      const response = await page.goto('/zh/lecture/losses/3');
      expect(response?.status()).toBe(200);
      await waitForHydration(page);
      await page.waitForSelector('.lecture-stage[data-slide-index="2"]');
      expect(await htmlLang(page)).toBe('zh-CN');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });

  it('labels the shared lab controls in Chinese in the Chinese edition', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto('/zh/labs/optimizer-race');
      await waitForHydration(page);
      expect(await page.locator('h1').textContent()).toBe('优化器竞赛');
      await page.waitForSelector('[data-lab="optimizer-race"][data-state="ready"]', { timeout: 60_000 });
      expect(await page.getByRole('button', { name: '训练', exact: true }).count()).toBe(1);
      expect(await page.getByRole('button', { name: '重置', exact: true }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Train', exact: true }).count()).toBe(0);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });

  it('shows the strings inside a lab in Chinese (loaded with the lab), and in English on the English page', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto('/zh/labs/optimizer-race');
      await waitForHydration(page);
      const lab = page.locator('[data-lab="optimizer-race"]');
      await page.waitForSelector('[data-lab="optimizer-race"][data-state="ready"]', { timeout: 60_000 });
      expect(await lab.getAttribute('aria-label')).toBe('优化器竞赛');
      expect(await lab.locator('legend').first().textContent()).toBe('参赛者');
      expect(await page.getByLabel('曲面', { exact: true }).count()).toBe(1);
      expect(await page.getByLabel('Surface', { exact: true }).count()).toBe(0);
      expect(await lab.locator('.race-standings caption').textContent()).toBe('参赛者：当前损失与位置');
      await page.goto('/labs/optimizer-race');
      await waitForHydration(page);
      await page.waitForSelector('[data-lab="optimizer-race"][data-state="ready"]', { timeout: 60_000 });
      expect(await page.locator('[data-lab="optimizer-race"] legend').first().textContent()).toBe('Racers');
      expect(await page.getByLabel('Surface', { exact: true }).count()).toBe(1);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });
});

describe('the first visit', () => {
  it('sends a reader whose browser prefers Chinese from the contents page to /zh/', async () => {
    const { page, close } = await openPage(browser, { locale: 'zh-CN' });
    try {
      await page.goto('/');
      await page.waitForFunction(() => location.pathname === '/zh/');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
      expect(await page.locator('h1').textContent()).toBe('动手学大模型');
    } finally {
      await close();
    }
  });

  it('never redirects a deep link, nor a reader who chose English', async () => {
    const { page, close } = await openPage(browser, { locale: 'zh-CN' });
    try {
      await page.goto('/chapters/losses');
      await waitForHydration(page);
      expect(new URL(page.url()).pathname).toBe('/chapters/losses');
      expect(await htmlLang(page)).toBe('en');
      // Choosing English (via Chinese and back) is remembered: the contents page then stays English.
      await switchTo(page, 'zh');
      await page.waitForFunction(() => location.pathname === '/zh/chapters/losses');
      await switchTo(page, 'en');
      await page.waitForFunction(() => location.pathname === '/chapters/losses');
      expect(await page.evaluate(() => localStorage.getItem('book-lang'))).toBe('en');
      await page.goto('/');
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.locator('h1').textContent()).toBe('Large Models, Hands On');
    } finally {
      await close();
    }
  });

  it('leaves an English browser on the English contents', async () => {
    const { page, close } = await openPage(browser, { locale: 'en-US' });
    try {
      await page.goto('/');
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await htmlLang(page)).toBe('en');
    } finally {
      await close();
    }
  });
});
