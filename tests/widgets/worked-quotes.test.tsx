import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { quoteText, Quoted } from '../../src/widgets/worked-quotes/Quoted';
import { ActivationValue, LossValue, MseValue, NetworkValue, SoftmaxValue } from '../../src/widgets/worked-quotes';
import { textOf } from './html';

const shown = (el: React.ReactElement) => textOf(renderToString(el)).trim();

describe('Quoted: a computed number in running text', () => {
  it('carries the raw value and prints a real minus sign', () => {
    expect(renderToString(<Quoted value={-0.05} format={{ decimals: 4, trim: true }} />)).toBe(
      '<span class="computed" data-value="-0.05">−0.05</span>',
    );
    expect(quoteText(0.25, { decimals: 4 })).toBe('0.2500');
    expect(quoteText(0.25, { decimals: 4, trim: true })).toBe('0.25');
    expect(quoteText(-0.00001, { decimals: 4 })).toBe('0.0000');
  });

  it('writes scientific notation with a superscript exponent', () => {
    expect(renderToString(<Quoted value={0.25 ** 10} format={{ notation: 'scientific' }} />)).toContain(
      '9.5 × 10<sup>−7</sup>',
    );
    expect(renderToString(<Quoted value={-123456} format={{ notation: 'scientific', decimals: 3 }} />)).toContain(
      '−1.23 × 10<sup>5</sup>',
    );
  });

  it('quotes an absolute value on request and refuses non-finite numbers', () => {
    expect(shown(<Quoted value={-0.5} format={{ abs: true, decimals: 1 }} />)).toBe('0.5');
    expect(() => renderToString(<Quoted value={Number.NaN} />)).toThrow(/not a finite number/);
  });
});

describe('the quote components chapters 2 and 3 use', () => {
  it('NetworkValue: z¹₃ = −0.05, ŷ ≈ 0.6213, L ≈ 0.9710, 13 parameters, 0.6326 after a step', () => {
    expect(shown(<NetworkValue of="z1" i={3} trim />)).toBe('−0.05');
    expect(shown(<NetworkValue of="yHat" />)).toBe('0.6213');
    expect(shown(<NetworkValue of="loss" />)).toBe('0.9710');
    expect(shown(<NetworkValue of="parameterCount" decimals={0} />)).toBe('13');
    expect(shown(<NetworkValue of="lossAfterSteps" steps={1} learningRate={0.5} />)).toBe('0.6326');
    expect(shown(<NetworkValue of="delta2" y={1} />)).toBe('−0.3787');
    expect(() => renderToString(<NetworkValue of="a1" i={7} />)).toThrow(/from 1 to 3/);
  });

  it('ActivationValue: σ′(0) = 0.25, σ′(10) ≈ 4.5 × 10⁻⁵', () => {
    expect(shown(<ActivationValue name="sigmoid" x={0} decimals={2} />)).toBe('0.25');
    expect(renderToString(<ActivationValue name="sigmoid" x={10} notation="scientific" />)).toContain(
      '4.5 × 10<sup>−5</sup>',
    );
    expect(shown(<ActivationValue name="tanh" x={0} of="value" trim />)).toBe('0');
  });

  it('MseValue: 6.64, 0.664, 0.78, and 3.1 with an outlier', () => {
    expect(shown(<MseValue of="sumSquaredError" decimals={2} />)).toBe('6.64');
    expect(shown(<MseValue of="mse" decimals={3} />)).toBe('0.664');
    expect(shown(<MseValue of="mae" decimals={2} />)).toBe('0.78');
    expect(shown(<MseValue of="mse" replace={{ 10: 16 }} decimals={3} trim />)).toBe('3.1');
  });

  it('LossValue and SoftmaxValue: ln 2, −10, 0.4170, ln 10', () => {
    expect(shown(<LossValue loss="bce" y={1} p={0.5} />)).toBe('0.6931');
    expect(shown(<LossValue loss="bce" y={1} p={0.1} of="gradient" trim />)).toBe('−10');
    expect(shown(<SoftmaxValue logits={[2, 1, 0.1]} target={1} />)).toBe('0.4170');
    expect(shown(<SoftmaxValue uniform={10} target={1} />)).toBe('2.3026');
    expect(() => renderToString(<SoftmaxValue target={1} />)).toThrow(/logits or uniform/);
  });
});
