import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LoraParamCount } from '../../src/widgets/lora-param-count/LoraParamCount';
import { LoraValue } from '../../src/widgets/lora-param-count/LoraValue';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('LoraParamCount (server render)', () => {
  const html = renderToString(<LoraParamCount />);
  const text = textOf(html);

  it('starts on the BERT-base attention projection at r = 8: 589,824 against 12,288', () => {
    expect(dataValue(html, 'full')).toBe('589,824');
    expect(dataValue(html, 'lora')).toBe('12,288');
    expect(dataValue(html, 'ratio')).toBe('2.08%');
    expect(dataValue(html, 'reduction')).toBe('48.0');
    expect(dataValue(html, 'break-even')).toBe('384.0');
    expect(text).toContain('r·(in + out) = 8 · 1,536 = 12,288');
  });

  it('counts W_q and W_v in all 12 layers of BERT-base: 294,912 numbers, 0.27% of 110 million', () => {
    expect(dataValue(html, 'model-lora')).toBe('294,912');
    expect(dataValue(html, 'model-share')).toBe('0.27%');
    expect(text).toContain('110 million parameters');
  });

  it('for GPT-3 at r = 4: 18,874,368 trainable numbers, 0.0108% of 175 billion', () => {
    const gpt3 = renderToString(<LoraParamCount preset="gpt3-attention" rank={4} />);
    expect(dataValue(gpt3, 'full')).toBe('150,994,944');
    expect(dataValue(gpt3, 'lora')).toBe('98,304');
    expect(dataValue(gpt3, 'model-lora')).toBe('18,874,368');
    expect(dataValue(gpt3, 'model-share')).toBe('0.0108%');
  });

  it('has no whole-model line for the perceptron layer', () => {
    const mlp = renderToString(<LoraParamCount preset="mlp-hidden" rank={4} />);
    expect(dataValue(mlp, 'full')).toBe('100,352');
    expect(dataValue(mlp, 'lora')).toBe('3,648');
    expect(mlp).not.toContain('data-value="model-lora"');
  });

  it('has a labelled chooser, slider and chart', () => {
    expect(html).toMatch(/<label for="[^"]+">Layer<\/label>/);
    expect(html).toMatch(/<label for="[^"]+">Rank r<\/label>/);
    expect(html).toContain('aria-valuetext="8"');
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('refuses ranks off the slider and unknown layers', () => {
    expect(() => renderToString(<LoraParamCount rank={3} />)).toThrow(/rank/);
    expect(() => renderToString(<LoraParamCount preset="nope" />)).toThrow(/unknown preset/);
  });
});

describe('LoraValue', () => {
  it.each([
    [{ inputs: 768, outputs: 768, rank: 8 }, '12,288'],
    [{ inputs: 768, outputs: 768, rank: 8, stat: 'full' as const }, '589,824'],
    [{ inputs: 768, outputs: 768, rank: 8, stat: 'ratio' as const }, '2.1%'],
    [{ inputs: 12288, outputs: 12288, rank: 8, stat: 'ratio' as const }, '0.13%'],
    [{ inputs: 12288, outputs: 12288, rank: 4, matrices: 192 }, '18,874,368'],
    [{ inputs: 768, outputs: 3072, rank: 8 }, '30,720'],
    [{ inputs: 768, outputs: 3072, rank: 8, stat: 'full' as const }, '2,359,296'],
    [{ inputs: 768, outputs: 3072, rank: 8, stat: 'ratio' as const }, '1.3%'],
    [{ inputs: 768, outputs: 3072, rank: 8, stat: 'reduction' as const }, '76.8'],
  ])('%o → %s', (props, expected) => {
    expect(textOf(renderToString(<LoraValue {...props} />)).trim()).toBe(expected);
  });
});
