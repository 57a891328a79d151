import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InferenceBudget } from '../../src/widgets/inference-budget/InferenceBudget';
import { ServingValue } from '../../src/widgets/inference-budget/ServingValue';
import { TemperatureSoftmax } from '../../src/widgets/temperature-softmax/TemperatureSoftmax';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('TemperatureSoftmax (server render)', () => {
  const html = renderToString(<TemperatureSoftmax />);

  it('gives the 3 probability 0.9591 at T = 1 and 0.4043 at T = 4', () => {
    expect(dataValue(html, 'p1-3')).toBe('0.9591');
    expect(dataValue(html, 'pt-3')).toBe('0.4043');
    expect(dataValue(html, 'pt-5')).toBe('0.1685');
    expect(dataValue(html, 'pt-8')).toBe('0.1313');
  });

  it('raises the entropy from 0.290 to 2.677 bits', () => {
    expect(dataValue(html, 'entropy-1')).toBe('0.290');
    expect(dataValue(html, 'entropy-t')).toBe('2.677');
  });

  it('is accessible', () => {
    expect(html).toMatch(/<label for="[^"]+">Temperature T<\/label>/);
    expect(accessibilityProblems(html)).toEqual([]);
  });
});

describe('InferenceBudget (server render)', () => {
  const html = renderToString(<InferenceBudget />);

  it('for 7 billion parameters in 16 bits: 14 GB, one device, memory-bound, 3.5 s per answer', () => {
    expect(dataValue(html, 'weight-bytes')).toBe('14 GB');
    expect(dataValue(html, 'devices')).toBe('1');
    expect(dataValue(html, 'memory-step')).toBe('7 ms');
    expect(dataValue(html, 'compute-step')).toBe('0.14 ms');
    expect(dataValue(html, 'bound')).toBe('memory-bound');
    expect(dataValue(html, 'critical-batch')).toBe('50');
    expect(dataValue(html, 'latency')).toBe('3.5 s');
    expect(dataValue(html, 'cost')).toBe('$0.00194');
    expect(dataValue(html, 'cost-1000')).toBe('$1.94');
    expect(html).toContain('7 × 10<sup>12</sup>');
  });

  it('for GPT-3 in 16 bits: 350 GB on five devices', () => {
    const gpt3 = renderToString(<InferenceBudget model="gpt-3" />);
    expect(dataValue(gpt3, 'weight-bytes')).toBe('350 GB');
    expect(dataValue(gpt3, 'devices')).toBe('5');
    expect(dataValue(gpt3, 'latency')).toBe('17.5 s');
  });

  it('is accessible and lists the models smallest first', () => {
    expect(accessibilityProblems(html)).toEqual([]);
    const options = [...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    expect(options.slice(0, 4)).toEqual(['gpt-2', '7b', 'chinchilla', 'gpt-3']);
  });
});

describe('ServingValue', () => {
  const t = (el: React.ReactElement) => textOf(renderToString(el)).trim();

  it('quotes the estimate for the prose', () => {
    expect(t(<ServingValue params={7e9} stat="weights" />)).toBe('14 GB');
    expect(t(<ServingValue params={7e9} stat="latency" />)).toBe('3.5 s');
    expect(t(<ServingValue params={7e9} format="int8" stat="latency" />)).toBe('1.75 s');
    expect(t(<ServingValue params={7e9} stat="bound" />)).toBe('memory-bound');
    expect(t(<ServingValue params={7e9} batch={128} stat="bound" />)).toBe('compute-bound');
    expect(t(<ServingValue params={7e9} stat="critical-batch" />)).toBe('50');
    expect(t(<ServingValue params={7e9} format="int4" stat="critical-batch" />)).toBe('12.5');
    expect(t(<ServingValue model="gpt-3" stat="devices" />)).toBe('5');
  });

  it('refuses unknown models', () => {
    expect(() => renderToString(<ServingValue model="nope" stat="latency" />)).toThrow(/unknown model/);
  });
});
