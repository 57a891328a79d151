import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorkedMse } from '../../src/widgets/worked-mse/WorkedMse';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('WorkedMse (server render)', () => {
  const html = renderToString(<WorkedMse />);
  const text = textOf(html);

  it('shows every squared error of the seed example', () => {
    const cells = [...html.matchAll(/<tr><th scope="row">\d+<\/th>(.*?)<\/tr>/g)].map((m) =>
      [...m[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => textOf(c[1]).trim()),
    );
    expect(cells.map((c) => c[4])).toEqual([
      '0.25',
      '0.04',
      '0.64',
      '0.81',
      '1.00',
      '0.64',
      '0.81',
      '1.00',
      '0.81',
      '0.64',
    ]);
    expect(cells.map((c) => c[3])).toEqual(['0.5', '0.2', '0.8', '0.9', '1.0', '0.8', '0.9', '1.0', '0.9', '0.8']);
  });

  it('pins the sum 6.64, MSE 0.664, MAE 0.780 and RMSE 0.8149', () => {
    expect(dataValue(html, 'sum-squared-error')).toBe('6.64');
    expect(dataValue(html, 'mse')).toBe('MSE 0.664');
    expect(dataValue(html, 'sum-absolute-error')).toBe('7.8');
    expect(dataValue(html, 'mae')).toBe('MAE 0.780');
    expect(text).toContain('MSE = 6.64 / 10 = 0.664');
    expect(text).toContain('RMSE = √MSE ≈ 0.8149');
    expect(text).not.toContain('0.05 ');
  });

  it('labels every prediction box', () => {
    expect(html).toContain('aria-label="Prediction for sample 1"');
    expect(html).toContain('aria-label="Prediction for sample 10"');
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('renders a read-only table without inputs', () => {
    const readOnly = renderToString(<WorkedMse editable={false} />);
    expect(readOnly).not.toContain('<input');
    expect(readOnly).not.toContain('Reset');
    expect(dataValue(readOnly, 'mse')).toBe('MSE 0.664');
  });

  it('computes other data too', () => {
    const other = renderToString(<WorkedMse targets={[1, 2]} predictions={[1.5, 2]} editable={false} />);
    expect(dataValue(other, 'sum-squared-error')).toBe('0.25');
    expect(dataValue(other, 'mse')).toBe('MSE 0.125');
  });
});
