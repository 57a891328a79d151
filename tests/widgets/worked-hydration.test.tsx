// @vitest-environment jsdom
import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivationExplorer } from '../../src/widgets/activation-explorer/ActivationExplorer';
import { CosineSimilarity } from '../../src/widgets/cosine-similarity/CosineSimilarity';
import { LossExplorer } from '../../src/widgets/loss-explorer/LossExplorer';
import { SoftmaxCrossEntropy } from '../../src/widgets/softmax-cross-entropy/SoftmaxCrossEntropy';
import { WorkedMse } from '../../src/widgets/worked-mse/WorkedMse';
import { WorkedNetwork } from '../../src/widgets/worked-network/WorkedNetwork';
import { WorkedOptimizerStep } from '../../src/widgets/worked-optimizer-step/WorkedOptimizerStep';

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

/** The control labelled `text` (via <label for>) or carrying aria-label `text`. */
function control<T extends HTMLElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  const el = label
    ? container.ownerDocument.getElementById(label.htmlFor)
    : container.querySelector(`[aria-label="${text}"]`);
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

describe('worked figures hydrate without mismatches', () => {
  it.each([
    ['WorkedMse', <WorkedMse key="a" />],
    ['CosineSimilarity', <CosineSimilarity key="b" />],
    ['ActivationExplorer', <ActivationExplorer key="c" />],
    ['LossExplorer', <LossExplorer key="d" />],
    ['SoftmaxCrossEntropy', <SoftmaxCrossEntropy key="e" />],
    ['WorkedNetwork', <WorkedNetwork key="f" />],
    ['WorkedOptimizerStep', <WorkedOptimizerStep key="g" />],
  ])('%s', async (_name, element) => {
    const { problems } = await hydrate(element);
    expect(problems).toEqual([]);
  });
});

describe('worked figures respond to their controls', () => {
  it('ActivationExplorer: ReLU at x = 2 reads f = 2, f′ = 1', async () => {
    const { container } = await hydrate(<ActivationExplorer />);
    await setValue(control(container, 'Activation'), 'relu');
    await setValue(control(container, 'Input x'), '2');
    expect(value(container, 'f')).toBe('2.0000');
    expect(value(container, 'df')).toBe('1.0000');
  });

  it('WorkedMse: a perfect first prediction lowers the sum to 6.39 and the MSE to 0.639', async () => {
    const { container } = await hydrate(<WorkedMse />);
    await setValue(control(container, 'Prediction for sample 1'), '2');
    expect(value(container, 'sum-squared-error')).toBe('6.39');
    expect(value(container, 'mse')).toBe('MSE 0.639');
    const reset = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Reset');
    await act(async () => reset?.click());
    expect(value(container, 'mse')).toBe('MSE 0.664');
  });

  it('WorkedNetwork: Step lowers the loss and Reset restores it', async () => {
    const { container } = await hydrate(<WorkedNetwork />);
    const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name);
    await act(async () => button('Step')?.click());
    await act(async () => button('Step')?.click());
    const losses = (container.querySelector('.worked-result[aria-live]')?.textContent ?? '').match(/\d\.\d{4}/g) ?? [];
    expect(losses[0]).toBe('0.9710');
    expect(losses).toHaveLength(3);
    expect(Number(losses[1])).toBeLessThan(Number(losses[0]));
    expect(Number(losses[2])).toBeLessThan(Number(losses[1]));
    expect(Number(value(container, 'max-relative-error'))).toBeLessThan(1e-6);
    await act(async () => button('Reset')?.click());
    expect(value(container, 'loss')).toBe('0.9710');
  });

  it('WorkedOptimizerStep: η = 0.5 gives SGD θ₁ = 0.45 and Adam θ₁ ≈ 0', async () => {
    const { container } = await hydrate(<WorkedOptimizerStep />);
    await setValue(control(container, 'Learning rate η'), '8');
    expect(value(container, 'sgd-theta-1')).toBe('0.45');
    expect(value(container, 'adam-theta-1')).toBe('0.0000');
  });

  it('SoftmaxCrossEntropy: choosing class 3 as the truth raises the loss to −ln 0.0986', async () => {
    const { container } = await hydrate(<SoftmaxCrossEntropy />);
    await setValue(control(container, 'True class'), '2');
    expect(value(container, 'loss')).toBe('2.3170');
  });
});
