// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ActivationExplorer } from '../../src/widgets/activation-explorer/ActivationExplorer';
import { CosineSimilarity } from '../../src/widgets/cosine-similarity/CosineSimilarity';
import { LossExplorer } from '../../src/widgets/loss-explorer/LossExplorer';
import { SoftmaxCrossEntropy } from '../../src/widgets/softmax-cross-entropy/SoftmaxCrossEntropy';
import { WorkedMse } from '../../src/widgets/worked-mse/WorkedMse';
import { WorkedNetwork } from '../../src/widgets/worked-network/WorkedNetwork';
import { WorkedOptimizerStep } from '../../src/widgets/worked-optimizer-step/WorkedOptimizerStep';
import { hydrate, control, setValue, value } from './hydrate';

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
