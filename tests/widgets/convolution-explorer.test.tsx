import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConvolutionExplorer } from '../../src/widgets/convolution-explorer/ConvolutionExplorer';
import { formatWeight } from '../../src/widgets/convolution-explorer/cells';
import { ConvOutputSize, ReceptiveField, ReceptiveFieldSize } from '../../src/widgets/receptive-field/ReceptiveField';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('ConvolutionExplorer (server render)', () => {
  const html = renderToString(<ConvolutionExplorer />);
  const text = textOf(html);

  it('shows the tiny 7, the Sobel kernel and a 5×5 output', () => {
    expect(text).toContain('Input 7×7');
    expect(text).toContain('Kernel 3×3');
    expect(text).toContain('Output 5×5');
    expect(html.match(/aria-label="Output row/g)).toHaveLength(25);
  });

  it('pins the output size formula and the arithmetic of cell (1, 1)', () => {
    expect(dataValue(html, 'output-size')).toBe('⌊(7 + 2·0 − 3) / 1⌋ + 1 = 5');
    expect(text).toContain('0·(−1) + 0·0 + 0·1 + 0·(−2) + 1·0 + 1·2 + 0·(−1) + 0·0 + 0·1 =');
    expect(dataValue(html, 'cell')).toBe('2');
  });

  it('with padding 1 and stride 2 the output is 4×4', () => {
    const padded = renderToString(<ConvolutionExplorer padding={1} stride={2} kernel="outline" />);
    expect(dataValue(padded, 'output-size')).toBe('⌊(7 + 2·1 − 3) / 2⌋ + 1 = 4');
    expect(textOf(padded)).toContain('padded to 9×9');
    expect(textOf(padded)).toContain('(some inputs are padding zeros)');
  });

  it('prints blur weights as fractions', () => {
    expect(formatWeight(1 / 9)).toBe('1/9');
    expect(formatWeight(2 / 16)).toBe('2/16');
    expect(formatWeight(-2)).toBe('-2');
    const blur = textOf(renderToString(<ConvolutionExplorer kernel="box-blur" />));
    expect(blur).toContain('1/9');
  });

  it('is accessible: labelled controls and pixels', () => {
    expect(html).toContain('aria-label="Input pixel row 2, column 2: 1. Toggle"');
    expect(accessibilityProblems(html)).toEqual([]);
  });
});

describe('ReceptiveField (server render)', () => {
  it('walks the seed CNN: 3, 4, 8, 10, 18', () => {
    const html = renderToString(<ReceptiveField />);
    expect(dataValue(html, 'r-conv2d')).toBe('1 + 2·1 = 3');
    expect(dataValue(html, 'r-max_pooling2d')).toBe('3 + 1·1 = 4');
    expect(dataValue(html, 'r-conv2d_1')).toBe('4 + 2·2 = 8');
    expect(dataValue(html, 'r-max_pooling2d_1')).toBe('8 + 1·2 = 10');
    expect(dataValue(html, 'r-conv2d_2')).toBe('10 + 2·4 = 18');
    expect(dataValue(html, 'receptive-field')).toBe('18×18');
    expect(textOf(html)).toContain('neighbouring units are 4 pixels apart');
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('three 3×3 convolutions see 7×7; the small CNN 16×16', () => {
    expect(dataValue(renderToString(<ReceptiveField stack="three-3x3" />), 'receptive-field')).toBe('7×7');
    expect(textOf(renderToString(<ReceptiveFieldSize stack="small-cnn" />)).trim()).toBe('16×16');
    expect(textOf(renderToString(<ReceptiveFieldSize stack="seed-cnn" />)).trim()).toBe('18×18');
  });

  it('inline output sizes', () => {
    expect(textOf(renderToString(<ConvOutputSize input={28} kernel={3} />)).trim()).toBe('26');
    expect(textOf(renderToString(<ConvOutputSize input={28} kernel={3} padding={1} work />)).trim()).toBe(
      '⌊(28 + 2·1 − 3) / 1⌋ + 1 = 28',
    );
  });
});
