// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { InferenceBudget } from '../../src/widgets/inference-budget/InferenceBudget';
import { LoraParamCount } from '../../src/widgets/lora-param-count/LoraParamCount';
import { QuantizationDemo } from '../../src/widgets/quantization-demo/QuantizationDemo';
import { TemperatureSoftmax } from '../../src/widgets/temperature-softmax/TemperatureSoftmax';
import { ReliabilityDiagram } from '../../src/widgets/threshold-explorer/ReliabilityDiagram';
import { ThresholdExplorer } from '../../src/widgets/threshold-explorer/ThresholdExplorer';
import { hydrate, setValue, value } from './hydrate';

/** The control whose <label for> text starts with `text` (these labels go on with the current value). */
function control<T extends HTMLElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text));
  const el = label ? container.ownerDocument.getElementById(label.htmlFor) : null;
  if (!el) throw new Error(`no control labelled ${text}`);
  return el as T;
}

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
