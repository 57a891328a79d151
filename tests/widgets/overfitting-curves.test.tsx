import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OverfittingCurves } from '../../src/widgets/overfitting-curves/OverfittingCurves';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('OverfittingCurves (server render, 13 training points, λ = 0)', () => {
  const html = renderToString(<OverfittingCurves />);
  const text = textOf(html);

  it('pins the chosen degree (3) and the degree validation picks (3, test MSE 0.100)', () => {
    expect(dataValue(html, 'overfit-train-mse')).toBe('0.133');
    expect(dataValue(html, 'overfit-validation-mse')).toBe('0.140');
    expect(dataValue(html, 'overfit-best-degree')).toBe('3');
    expect(dataValue(html, 'overfit-best-validation-mse')).toBe('0.140');
    expect(dataValue(html, 'overfit-best-test-mse')).toBe('0.100');
  });

  it('tabulates every degree: training error falls to 0, validation error explodes', () => {
    expect(dataValue(html, 'overfit-train-0')).toBe('0.640');
    expect(dataValue(html, 'overfit-train-12')).toBe('0.000');
    expect(dataValue(html, 'overfit-validation-0')).toBe('0.697');
    expect(dataValue(html, 'overfit-validation-7')).toBe('0.523');
    expect(dataValue(html, 'overfit-validation-11')).toBe('244.651');
    expect(dataValue(html, 'overfit-validation-12')).toBe('1.98e+4');
    expect(text).toContain('13 training, 30 validation, 200 test points');
  });

  it('draws data, fit, error curves and the noise floor σ² = 0.09', () => {
    expect(text).toContain('true function sin(πx)');
    expect(text).toContain('noise variance σ² = 0.09');
    // 13 training + 30 validation dots, and two markers on the error chart.
    expect(html.match(/<circle /g)).toHaveLength(45);
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('more data or an L2 penalty move the best degree and tame degree 12', () => {
    const big = renderToString(<OverfittingCurves trainSize={100} degree={12} />);
    expect(dataValue(big, 'overfit-best-degree')).toBe('5');
    expect(dataValue(big, 'overfit-validation-mse')).toBe('0.133');
    const ridge = renderToString(<OverfittingCurves lambda={0.01} degree={12} />);
    expect(dataValue(ridge, 'overfit-validation-mse')).toBe('0.269');
    const heavy = renderToString(<OverfittingCurves lambda={0.1} />);
    expect(dataValue(heavy, 'overfit-best-degree')).toBe('7');
    expect(dataValue(heavy, 'overfit-best-test-mse')).toBe('0.150');
  });
});
