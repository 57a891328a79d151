import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, waitForHydration } from './browser';
import { expectNoFreeze, watchLongTasks } from './long-tasks';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const LAB = '[data-lab="optimizer-race"]';
const metric = async (page: Page, name: string) =>
  (await page.locator(`${LAB} [data-metric="${name}"]`).first().textContent()) ?? '';
const waitForState = (page: Page, state: string) => page.waitForSelector(`${LAB}[data-state="${state}"]`);
const waitForStep = (page: Page, atLeast: number) =>
  page.waitForFunction(
    (n) => Number(document.querySelector('[data-lab="optimizer-race"] [data-metric="step"]')?.textContent) >= n,
    atLeast,
    { timeout: 30_000 },
  );
const losses = (page: Page) =>
  page.$$eval(`${LAB} [data-metric^="loss-"]`, (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-metric')!.slice(5), Number(e.textContent)])),
  );

describe('the optimizer race on WebGL', () => {
  it('steps exactly as computed by hand, races, and frees every tensor on Reset', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto('/labs/optimizer-race');
      await waitForHydration(page);
      await page.waitForSelector(`${LAB}[data-state="ready"]`, { timeout: 60_000 });
      // CPU by default (fastest for single numbers): one Step lands where the hand computation says.
      expect(await metric(page, 'backend')).toBe('cpu');
      await page.getByRole('button', { name: 'Step' }).click();
      await waitForState(page, 'paused');
      expect(await metric(page, 'loss-sgd')).toBe('43.5');

      // The rest on WebGL: switching the backend starts a fresh race there.
      await page.getByLabel('Backend').selectOption('webgl');
      await page.waitForFunction(
        () => document.querySelector('[data-lab="optimizer-race"] [data-metric="backend"]')?.textContent === 'webgl',
        null,
        { timeout: 60_000 },
      );
      await waitForState(page, 'ready');
      expect(await metric(page, 'step')).toBe('0');
      const baseline = Number(await metric(page, 'num-tensors'));
      const start = await losses(page);
      // The valley ½(x² + 25y²) at its start (−8, 1.5): 60.125 for every racer.
      expect(Object.keys(start)).toEqual(['sgd', 'momentum', 'rmsprop', 'adam', 'adamw']);
      expect(Object.values(start).every((v) => v === 60.13)).toBe(true);

      // Step: TF.js's SGD on WebGL lands on (−8 + 0.07·8, 1.5 − 0.07·37.5) = (−7.44, −1.125), f = 43.4978.
      await page.getByRole('button', { name: 'Step' }).click();
      await waitForState(page, 'paused');
      expect(await metric(page, 'step')).toBe('1');
      expect(await metric(page, 'loss-sgd')).toBe('43.5');
      expect(await metric(page, 'loss-momentum')).toBe('43.5'); // v₁ = g: the same first step
      // Adam: (−7.93, 1.43), f = ½(7.93² + 25·1.43²) = 57.0036.
      expect(await metric(page, 'loss-adam')).toBe('57');
      await expect(page.locator(`${LAB} [data-step-racer]`).count()).resolves.toBe(5);
      const worked = (await page.locator(`${LAB} [data-step-racer="sgd"]`).textContent()) ?? '';
      // g = (−8, 37.5); Δθ by the rule, then Δθ taken by TF.js: the same (0.56, −2.625).
      expect(worked).toContain('(-8, 37.5)');
      expect(worked).toContain('(0.56, -2.625)(0.56, -2.625)');

      // Race on: every loss falls, then Pause holds the race.
      await watchLongTasks(page);
      await page.getByRole('button', { name: 'Resume' }).click();
      await waitForStep(page, 15);
      await page.getByRole('button', { name: 'Pause' }).click();
      await waitForState(page, 'paused');
      const later = await losses(page);
      for (const [racer, loss] of Object.entries(later)) expect(loss, racer).toBeLessThan(start[racer]);
      await expectNoFreeze(page, 'optimizer race');

      // Reset: a fresh race, the tensor count back to where it started.
      await page.getByRole('button', { name: 'Reset' }).click();
      await waitForState(page, 'ready');
      expect(await metric(page, 'step')).toBe('0');
      expect(Number(await metric(page, 'num-tensors'))).toBe(baseline);

      // Another surface, with Adam without bias correction: Train, Stop, Reset.
      await page.getByLabel('Surface').selectOption('rosenbrock');
      await page.getByLabel('Adam without bias correction').check();
      await waitForState(page, 'ready');
      await page.waitForSelector(`${LAB} [data-metric="loss-adam-uncorrected"]`);
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForStep(page, 20);
      await page.getByRole('button', { name: 'Stop' }).click();
      await waitForState(page, 'done');
      const rosenbrock = await losses(page);
      expect(Object.keys(rosenbrock)).toContain('adam-uncorrected');
      // f(−1.5, 2.5) = 6.25 + 100·0.0625 = 12.5 at the start. SGD first overshoots across the steep
      // valley (its loss rises for a few dozen steps); every other racer is below the start by now.
      expect(rosenbrock.sgd).not.toBe(12.5);
      for (const [racer, loss] of Object.entries(rosenbrock))
        if (racer !== 'sgd') expect(loss, racer).toBeLessThan(12.5);
      await page.getByLabel('Adam without bias correction').uncheck();
      await waitForState(page, 'ready');
      expect(Number(await metric(page, 'num-tensors'))).toBe(baseline);

      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });
});
