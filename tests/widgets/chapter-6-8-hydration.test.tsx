// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { AttentionWeights } from '../../src/widgets/attention-weights/AttentionWeights';
import { BigramLanguageModel } from '../../src/widgets/bigram-model/BigramLanguageModel';
import { ConvolutionExplorer } from '../../src/widgets/convolution-explorer/ConvolutionExplorer';
import { ReceptiveField } from '../../src/widgets/receptive-field/ReceptiveField';
import { TokenizerDemo } from '../../src/widgets/tokenizer-demo/TokenizerDemo';
import { TransformerParams } from '../../src/widgets/transformer-params/TransformerParams';
import { hydrate, control, setValue, click, value } from './hydrate';

describe('the figures of chapters 6–8 hydrate without mismatches', () => {
  it.each([
    ['ConvolutionExplorer', <ConvolutionExplorer key="a" />],
    ['ReceptiveField', <ReceptiveField key="b" />],
    ['TokenizerDemo', <TokenizerDemo key="c" />],
    ['BigramLanguageModel', <BigramLanguageModel key="d" />],
    ['AttentionWeights', <AttentionWeights key="e" />],
    ['TransformerParams', <TransformerParams key="f" />],
  ])('%s', async (_name, element) => {
    const { problems } = await hydrate(element);
    expect(problems).toEqual([]);
  });
});

describe('and respond to the reader', () => {
  it('ConvolutionExplorer: picking a cell, toggling a pixel, changing stride', async () => {
    const { container } = await hydrate(<ConvolutionExplorer />);
    await click(container.querySelector('[aria-label^="Output row 1, column 4:"]'));
    expect(value(container, 'cell')).toBe('1');
    await click(container.querySelector('[aria-label^="Input pixel row 2, column 2:"]'));
    expect(value(container, 'cell')).toBe('1');
    // Pixel (2, 2) is now dark: output (1, 1) sees only the bright pixel to its right, −2·0 + 2·1.
    await click(container.querySelector('[aria-label^="Output row 1, column 1:"]'));
    expect(value(container, 'cell')).toBe('2');
    await click(container.querySelector('[aria-label^="Input pixel row 2, column 3:"]'));
    expect(value(container, 'cell')).toBe('0');
    await setValue(control(container, 'Stride s'), '2');
    expect(value(container, 'output-size')).toBe('⌊(7 + 2·0 − 3) / 2⌋ + 1 = 3');
  });

  it('TokenizerDemo: editing the sentence re-tokenizes it', async () => {
    const { container } = await hydrate(<TokenizerDemo />);
    await setValue(control(container, 'Sentence to tokenize'), 'The plot was dull.');
    expect(value(container, 'padded')).toBe('[2, 15, 3, 9, 4, 0, 0, 0, 0, 0, 0, 0]');
    expect(value(container, 'unknown-count')).toBe('0');
  });

  it('BigramLanguageModel: smoothing makes an impossible sentence possible', async () => {
    const { container } = await hydrate(<BigramLanguageModel text="Good was the movie." />);
    expect(value(container, 'perplexity')).toBe('∞');
    await setValue(control(container, 'Smoothing k'), '1');
    expect(value(container, 'perplexity')).toBe('19.35');
  });

  it('AttentionWeights: the causal mask empties the upper triangle', async () => {
    const { container } = await hydrate(<AttentionWeights />);
    expect(container.querySelectorAll('[data-weight="masked"]')).toHaveLength(0);
    await click(control(container, 'Causal mask'));
    expect(container.querySelectorAll('[data-weight="masked"]')).toHaveLength(15);
  });

  it('TransformerParams: the reader’s row follows L and d', async () => {
    const { container } = await hydrate(<TransformerParams />);
    await setValue(control(container, 'Layers L'), '12');
    await setValue(control(container, 'Width d'), '768');
    expect(value(container, 'total-custom')).toBe('124,439,808');
  });
});
