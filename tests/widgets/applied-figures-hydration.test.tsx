// @vitest-environment jsdom
import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InferenceBudget } from '../../src/widgets/inference-budget/InferenceBudget';
import { LoraParamCount } from '../../src/widgets/lora-param-count/LoraParamCount';
import { QuantizationDemo } from '../../src/widgets/quantization-demo/QuantizationDemo';
import { TemperatureSoftmax } from '../../src/widgets/temperature-softmax/TemperatureSoftmax';
import { ReliabilityDiagram } from '../../src/widgets/threshold-explorer/ReliabilityDiagram';
import { ThresholdExplorer } from '../../src/widgets/threshold-explorer/ThresholdExplorer';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

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

function control<T extends HTMLElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text));
  const el = label ? container.ownerDocument.getElementById(label.htmlFor) : null;
  if (!el) throw new Error(`no control labelled ${text}`);
  return el as T;
}

async function setValue(el: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

const value = (container: HTMLElement, name: string) => container.querySelector(`[data-value="${name}"]`)?.textContent;

describe('chapters 9–12 figures hydrate without mismatches', () => {
  it.each([
    ['LoraParamCount', <LoraParamCount key="a" />],
    ['ThresholdExplorer', <ThresholdExplorer key="b" />],
    ['ReliabilityDiagram', <ReliabilityDiagram key="c" />],
    ['QuantizationDemo', <QuantizationDemo key="d" />],
    ['TemperatureSoftmax', <TemperatureSoftmax key="e" />],
    ['InferenceBudget', <InferenceBudget key="f" />],
  ])('%s', async (_name, element) => {
    const { problems } = await hydrate(element);
    expect(problems).toEqual([]);
  });
});

describe('chapters 9–12 figures respond to their controls', () => {
  it('ThresholdExplorer: threshold 0.65 gives TP 4, FP 1, precision 0.8; AUC stays 0.7778', async () => {
    const { container } = await hydrate(<ThresholdExplorer />);
    await setValue(control(container, 'Threshold'), '0.65');
    expect(value(container, 'tp')).toBe('4');
    expect(value(container, 'fp')).toBe('1');
    expect(value(container, 'precision')).toBe('0.8000');
    expect(value(container, 'recall')).toBe('0.6667');
    expect(value(container, 'auc-trapezoid')).toBe('0.7778');
  });

  it('ThresholdExplorer: a slider value of 0.55 counts the score 0.55 as positive', async () => {
    const { container } = await hydrate(<ThresholdExplorer />);
    await setValue(control(container, 'Threshold'), '0.55');
    expect(value(container, 'tp')).toBe('5');
  });

  it('LoraParamCount: the GPT-3 layer at r = 1 trains 24,576 numbers', async () => {
    const { container } = await hydrate(<LoraParamCount />);
    await setValue(control(container, 'Layer'), 'gpt3-attention');
    await setValue(control(container, 'Rank r'), '0');
    expect(value(container, 'lora')).toBe('24,576');
    expect(value(container, 'model-lora')).toBe('4,718,592');
  });

  it('QuantizationDemo: 4 bits and the outlier checkbox change the quantiser', async () => {
    const { container } = await hydrate(<QuantizationDemo />);
    await setValue(control(container, 'Bits per weight'), '4');
    expect(value(container, 'distinct-codes')).toBe('16');
    const box = control<HTMLInputElement>(container, 'Add one outlier');
    await act(async () => box.click());
    expect(value(container, 'zero-point')).toBe('-4');
    expect(value(container, 'distinct-codes')).toBe('10');
  });

  it('InferenceBudget: batch 64 makes the 7-billion-parameter model compute-bound', async () => {
    const { container } = await hydrate(<InferenceBudget />);
    await setValue(control(container, 'Batch size'), '6');
    expect(value(container, 'bound')).toBe('compute-bound');
    expect(value(container, 'cost')).toBe('$0.0000389');
  });

  it('TemperatureSoftmax: T = 10 gives the 3 probability 0.1942', async () => {
    const { container } = await hydrate(<TemperatureSoftmax />);
    await setValue(control(container, 'Temperature T'), '10');
    expect(value(container, 'pt-3')).toBe('0.1942');
  });
});
