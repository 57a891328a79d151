// @vitest-environment jsdom
import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GradientClipping } from '../../src/widgets/gradient-clipping/GradientClipping';
import { LrScheduleChart } from '../../src/widgets/lr-schedule-chart/LrScheduleChart';
import { OverfittingCurves } from '../../src/widgets/overfitting-curves/OverfittingCurves';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Server-renders `element`, hydrates it in jsdom, and returns the container plus any hydration complaints. */
async function hydrate(element: ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.appendChild(container);
  const problems: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => problems.push(args));
  await act(async () => {
    roots.push(hydrateRoot(container, element, { onRecoverableError: (e) => problems.push(e) }));
  });
  return { container, problems };
}

/** The control whose <label for> reads `text`. */
function control<T extends HTMLElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  const el = label ? container.ownerDocument.getElementById(label.htmlFor) : null;
  if (!el) throw new Error(`no control labelled ${text}`);
  return el as T;
}

/** Sets an input's or select's value the way a user would, so React's onChange fires. */
async function setValue(el: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

const value = (container: HTMLElement, name: string) => container.querySelector(`[data-value="${name}"]`)?.textContent;

describe('chapter 4–5 figures hydrate without mismatches', () => {
  it.each([
    ['LrScheduleChart', <LrScheduleChart key="a" />],
    ['GradientClipping', <GradientClipping key="b" />],
    ['OverfittingCurves', <OverfittingCurves key="c" />],
  ])('%s', async (_name, element) => {
    const { problems } = await hydrate(element);
    expect(problems).toEqual([]);
  });
});

describe('chapter 4–5 figures respond to their controls', () => {
  it('LrScheduleChart: W = 0 makes warm-up-then-cosine the cosine; a shorter run clamps W', async () => {
    const { container } = await hydrate(<LrScheduleChart />);
    await setValue(control(container, 'Warm-up steps W'), '0');
    expect(value(container, 'lr-warmup-cosine-first')).toBe(value(container, 'lr-cosine-first'));
    expect(value(container, 'lr-warmup-cosine-mean')).toBe('0.04995');
    await setValue(control(container, 'Warm-up steps W'), '500');
    expect(value(container, 'lr-warmup-cosine-peak-step')).toBe('0.1 (500)');
    await setValue(control(container, 'Total steps T'), '0'); // T = 100
    expect(value(container, 'lr-warmup-cosine-peak-step')).toBe('0.1 (50)');
    expect(control<HTMLInputElement>(container, 'Warm-up steps W').value).toBe('50');
    await setValue(control(container, 'Base rate η₀'), '2'); // 0.001
    expect(value(container, 'lr-cosine-middle')).toBe('5e-4');
  });

  it('GradientClipping: a larger threshold lets more of the spike through', async () => {
    const { container } = await hydrate(<GradientClipping />);
    await setValue(control(container, 'Threshold c'), '20');
    expect(value(container, 'clip-spike-scale')).toBe('0.3434');
    expect(value(container, 'clip-spike-loss-clipped')).toBe('0.24');
    await setValue(control(container, 'Spike at step 8: gradient ×'), '1');
    expect(value(container, 'clip-active-steps')).toBe('none');
  });

  it('OverfittingCurves: degree 12 interpolates the 13 points; 100 points or λ tame it', async () => {
    const { container } = await hydrate(<OverfittingCurves />);
    await setValue(control(container, 'Polynomial degree d'), '12');
    expect(value(container, 'overfit-train-mse')).toBe('0.000');
    expect(Number(value(container, 'overfit-validation-mse'))).toBeGreaterThan(10000);
    await setValue(control(container, 'L2 strength λ'), '0.01');
    expect(value(container, 'overfit-validation-mse')).toBe('0.269');
    await setValue(control(container, 'L2 strength λ'), '0');
    await setValue(control(container, 'Training points'), '100');
    expect(value(container, 'overfit-validation-mse')).toBe('0.133');
    expect(value(container, 'overfit-best-degree')).toBe('5');
  });
});
