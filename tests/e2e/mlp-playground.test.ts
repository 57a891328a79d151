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

const lab = '[data-lab="mlp"]';
const metric = async (page: Page, name: string) =>
  (await page.locator(`${lab} [data-metric="${name}"]`).first().textContent()) ?? '';
const waitForState = (page: Page, state: string, timeout = 60_000) =>
  page.waitForSelector(`${lab}[data-state="${state}"]`, { timeout });

/** Waits until the lab's step counter reaches `n`. */
async function waitForStep(page: Page, n: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-lab="mlp"] [data-metric="step"]')?.textContent ?? 0) >= n,
    n,
    { timeout },
  );
}

/** Frames drawn and steps trained per second, sampled once a second for `seconds`. */
async function sampleSpeed(page: Page, seconds: number): Promise<{ fps: number[]; steps: number[] }> {
  const fps: number[] = [];
  const steps: number[] = [];
  for (let i = 0; i < seconds; i++) {
    await page.waitForTimeout(1000);
    fps.push(Number(await metric(page, 'fps')));
    steps.push(Number(await metric(page, 'steps-per-second')));
  }
  return { fps, steps };
}

describe('the MLP playground', () => {
  it('trains on WebGL in a worker: the test loss falls, no long main-thread task, Step shows a gradient, tensors stay flat, Reset starts over', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto('/labs/mlp?backend=webgl&steps=20000&lr=0.03');
      await waitForHydration(page);
      await waitForState(page, 'ready');
      expect(await metric(page, 'backend')).toBe('webgl');
      await page.waitForFunction(() => document.querySelector('[data-metric="test-loss"]')?.textContent !== '');
      const firstTestLoss = Number(await metric(page, 'test-loss'));
      expect(firstTestLoss).toBeGreaterThan(0.5); // about ln 2 = 0.69 before learning
      await watchLongTasks(page);

      await page.getByRole('button', { name: 'Train' }).click();
      await waitForState(page, 'training');
      await waitForStep(page, 20);
      const tensorsWhileTraining = Number(await metric(page, 'num-tensors'));
      const speed = await sampleSpeed(page, 3);
      await page.waitForFunction(
        (first) => Number(document.querySelector('[data-metric="test-loss"]')?.textContent) < 0.6 * first,
        firstTestLoss,
        { timeout: 30_000 },
      );
      expect(Number(await metric(page, 'num-tensors'))).toBe(tensorsWhileTraining);
      await page.getByRole('button', { name: 'Pause' }).click();
      await waitForState(page, 'paused');
      const step = Number(await metric(page, 'step'));
      console.info(
        `MLP playground on webgl (SwiftShader): test loss ${firstTestLoss} → ${await metric(page, 'test-loss')} after ${step} steps; frames/s ${speed.fps.join(', ')}; steps/s ${speed.steps.join(', ')}`,
      );
      expect(speed.fps.some((f) => f > 0)).toBe(true);
      await expectNoFreeze(page, 'MLP playground on webgl');

      // Step: exactly one more batch, with the gradient and the update of the chosen weight.
      await page.getByLabel('Weight to inspect').selectOption({ label: 'w(x2 → h1.3)' });
      await page.getByRole('button', { name: 'Step' }).click();
      await waitForStep(page, step + 1);
      await page.waitForSelector(`${lab} [data-metric="step-gradient"]`);
      expect(Number(await metric(page, 'step-gradient'))).not.toBeNaN();
      expect(await page.getByText(/^Step \d+: batch of \d+/).textContent()).toContain(`Step ${step + 1}:`);
      expect(await page.getAttribute(lab, 'data-state')).toBe('paused');
      expect(Number(await metric(page, 'num-tensors'))).toBe(tensorsWhileTraining);

      await page.getByRole('button', { name: 'Stop' }).click();
      await waitForState(page, 'done');
      await page.getByRole('button', { name: 'Reset' }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-lab="mlp"] [data-metric="step"]')?.textContent === '0',
      );
      await waitForState(page, 'ready');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });

  it('defaults to the CPU, keeps the setup in the URL, rejects a bad CSV without harm, trains on a good one, and measures every backend', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto('/labs/mlp');
      await waitForHydration(page);
      await waitForState(page, 'ready');
      expect(await metric(page, 'backend')).toBe('cpu');
      expect(await page.getByLabel('Backend', { exact: true }).inputValue()).toBe('auto');
      await page.getByLabel('Dataset').selectOption('spiral');
      await page.getByRole('button', { name: 'Add a hidden layer' }).click();
      await page.waitForFunction(() => /data=spiral&.*layers=8-8-8/.test(window.location.search));

      // A bad file: an alert naming the rows; the data and the lab are untouched.
      await page.getByLabel('Upload CSV').setInputFiles({
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('x1,x2,label\n0.1,0.2,0\n0.3,oops,1\n0.5,0.6,2\n0.7,0.8,1\n'),
      });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(
        /“bad\.csv” was not loaded[\s\S]*Row 3: x2 “oops” is not a number[\s\S]*Row 4: label “2” is not 0 or 1/,
      );
      expect(await page.getByLabel('Dataset').inputValue()).toBe('spiral');
      expect(await page.getAttribute(lab, 'data-state')).toBe('ready');

      // A good file: the lab switches to it and trains.
      const rows = Array.from({ length: 80 }, (_, i) => {
        const angle = (i / 80) * 2 * Math.PI;
        const r = i % 2 ? 10 : 4;
        return `${(r * Math.cos(angle)).toFixed(3)},${(r * Math.sin(angle)).toFixed(3)},${i % 2}`;
      });
      await page.getByLabel('Upload CSV').setInputFiles({
        name: 'rings.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`a,b,label\n${rows.join('\n')}\n`),
      });
      await page.waitForFunction(() => /Your CSV \(80 points\)/.test(document.body.textContent ?? ''));
      expect(await page.getByLabel('Dataset').inputValue()).toBe('csv');
      await waitForState(page, 'ready');
      await watchLongTasks(page);
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForStep(page, 50);
      const speed = await sampleSpeed(page, 3);
      await page.getByRole('button', { name: 'Pause' }).click();
      await waitForState(page, 'paused');
      console.info(
        `MLP playground on cpu (80 CSV points, 2-8-8-8-1): frames/s ${speed.fps.join(', ')}; steps/s ${speed.steps.join(', ')}`,
      );
      await expectNoFreeze(page, 'MLP playground on cpu');
      expect(Number(await metric(page, 'train-accuracy'))).toBeGreaterThan(0.6);

      // The backend benchmark: steps per second of a 2-8-8-1 network on 500 points, on each backend.
      await page.getByRole('button', { name: 'Measure backends' }).click();
      await page.waitForSelector(`${lab} [data-metric="bench-cpu-500"]`, { timeout: 60_000 });
      const bench = await page.locator(`${lab} .mlp-bench`).innerText();
      console.info(`MLP playground backend benchmark (steps/s):\n${bench}`);
      for (const backend of ['webgl', 'wasm', 'cpu']) {
        expect(Number(await metric(page, `bench-${backend}-32`))).toBeGreaterThan(0);
      }
      await waitForState(page, 'ready');
      expect(await metric(page, 'backend')).toBe('cpu');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });

  it('is embedded in the training chapter with the overfitting preset', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto('/chapters/training-in-practice#playground');
      await waitForHydration(page);
      await waitForState(page, 'ready');
      expect(await page.getByLabel('Dataset').inputValue()).toBe('moons');
      expect(await page.getByRole('link', { name: 'Link to this experiment' }).getAttribute('href')).toMatch(
        /\/labs\/mlp\?data=moons&n=60&noise=0\.3&train=0\.5&.*layers=8-8-8&.*lr=0\.003/,
      );
      expect(new URL(page.url()).search).toBe('');
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    } finally {
      await close();
    }
  });
});
