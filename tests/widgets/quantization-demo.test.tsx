import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/widgets/quantization-demo/format';
import { ModelSize } from '../../src/widgets/quantization-demo/ModelSize';
import { QuantizationDemo } from '../../src/widgets/quantization-demo/QuantizationDemo';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('QuantizationDemo (server render)', () => {
  const html = renderToString(<QuantizationDemo />);
  const text = textOf(html);

  it('quantises the seeded 64 × 64 matrix to int8: s = 0.003017, z = 13', () => {
    expect(dataValue(html, 'scale')).toBe('0.003017');
    expect(dataValue(html, 'zero-point')).toBe('13');
    expect(text).toContain('codes -128 … 127');
  });

  it('shrinks 16.4 kB of float32 to 4.1 kB, 3.99 times smaller', () => {
    expect(dataValue(html, 'float-bytes')).toBe('16.4 kB');
    expect(dataValue(html, 'quantized-bytes')).toBe('4.1 kB');
    expect(dataValue(html, 'compression')).toBe('3.99');
    expect(text).toContain('4,096 weights');
  });

  it('keeps the largest error (0.001508) under the bound s/2 (0.001508) and the mean near s/4', () => {
    expect(dataValue(html, 'max-error')).toBe('0.001508');
    expect(dataValue(html, 'error-bound')).toBe('0.001508');
    expect(dataValue(html, 'mean-error')).toBe('0.000751');
    expect(dataValue(html, 'distinct-codes')).toBe('201');
  });

  it('works the first weight through the formula: −0.044536 → q = −2 → −0.045250', () => {
    expect(text).toContain('-0.044536 -14.763 -2 -0.045250 +0.000714');
  });

  it('at 3 bits with the outlier: codes −4 … 3, only 6 used', () => {
    const worst = renderToString(<QuantizationDemo bits={3} outlier />);
    expect(textOf(worst)).toContain('codes -4 … 3');
    expect(dataValue(worst, 'distinct-codes')).toBe('6');
    expect(dataValue(worst, 'zero-point')).toBe('-2');
    expect(dataValue(worst, 'quantized-bytes')).toBe('1.54 kB');
  });

  it('uses zero point 0 in the symmetric scheme', () => {
    const sym = renderToString(<QuantizationDemo scheme="symmetric" />);
    expect(dataValue(sym, 'zero-point')).toBe('0');
    expect(dataValue(sym, 'scale')).toBe('0.003355');
  });

  it('is accessible: labelled controls, checkbox and histogram', () => {
    expect(html).toMatch(/<label for="[^"]+">Bits per weight<\/label>/);
    expect(html).toMatch(/<label for="[^"]+">Add one outlier weight \(1\.0\)<\/label>/);
    expect(accessibilityProblems(html)).toEqual([]);
    expect(html).toContain('aria-label="Histogram of the weights from -0.426 to 0.343');
  });
});

describe('model sizes', () => {
  it('formats bytes in decimal units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(16_384)).toBe('16.4 kB');
    expect(formatBytes(7e11)).toBe('700 GB');
    expect(formatBytes(2.8e12)).toBe('2.8 TB');
    expect(formatBytes(999_999)).toBe('1 MB');
  });

  it.each([
    ['seed-cnn', 32, '373 kB'],
    ['seed-cnn', 8, '93.3 kB'],
    ['sentiment', 32, '642 kB'],
    ['gpt-3', 32, '700 GB'],
    ['gpt-3', 16, '350 GB'],
    ['gpt-3', 128, '2.8 TB'],
  ] as const)('%s at %i bits takes %s', (model, bits, expected) => {
    expect(textOf(renderToString(<ModelSize model={model} bits={bits} />)).trim()).toBe(expected);
  });

  it('refuses unknown models', () => {
    expect(() => renderToString(<ModelSize model="gpt-5" bits={8} />)).toThrow(/unknown model/);
  });
});
