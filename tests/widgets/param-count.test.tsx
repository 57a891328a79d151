import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  DenseParamCount,
  LayerParamTable,
  LayerStat,
  MacCount,
  ModelRatio,
  ParamCount,
  TokensPerParam,
  TrainingFlops,
  TrainingTime,
} from '../../src/widgets/param-count';
import {
  formatCompact,
  formatDuration,
  formatInteger,
  formatPercent,
  formatWords,
  scientific,
} from '../../src/widgets/param-count/format';
import type { BookModelId } from '../../src/ml/models/param-counts';

/** The visible text of a rendered element. */
const text = (element: React.ReactElement) => renderToString(element).replace(/<[^>]+>/g, '');

describe('number formatting', () => {
  it('thousands separators without Intl', () => {
    expect(formatInteger(93322)).toBe('93,322');
    expect(formatInteger(175e9)).toBe('175,000,000,000');
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(-1234.4)).toBe('-1,234');
  });

  it('words and compact forms, rounding across unit boundaries', () => {
    expect(formatWords(93322)).toBe('93.3 thousand');
    expect(formatWords(1.5e9)).toBe('1.5 billion');
    expect(formatWords(175e9)).toBe('175 billion');
    expect(formatWords(999_999)).toBe('1 million');
    expect(formatWords(640)).toBe('640');
    expect(formatCompact(160433)).toBe('160,433');
    expect(formatCompact(110e6)).toBe('110M');
    expect(formatCompact(1.5e9)).toBe('1.5B');
  });

  it('scientific, percent and durations', () => {
    expect(scientific(3.15e23)).toEqual({ mantissa: '3.15', exponent: 23 });
    expect(scientific(1.0059264e12)).toEqual({ mantissa: '1.01', exponent: 12 });
    expect(formatPercent(0.99729)).toBe('99.7%');
    expect(formatDuration(3.15e9)).toBe('100 years');
    expect(formatDuration(3.15e6)).toBe('36 days');
    expect(formatDuration(5400)).toBe('90 minutes');
    expect(formatDuration(42)).toBe('42 seconds');
  });
});

describe('inline computed numbers', () => {
  it('ParamCount, DenseParamCount, MacCount', () => {
    expect(text(<ParamCount model="seed-cnn" />)).toBe('93,322');
    expect(text(<ParamCount model="small-cnn" />)).toBe('5,994');
    expect(text(<ParamCount model="mnist-mlp" />)).toBe('101,770');
    expect(text(<ParamCount model="sentiment" />)).toBe('160,433');
    expect(text(<ParamCount model="gpt-3" format="words" />)).toBe('175 billion');
    expect(text(<ParamCount model="alexnet" format="words" />)).toBe('60 million');
    expect(text(<DenseParamCount inputs={784} units={128} />)).toBe('100,480');
    expect(text(<MacCount model="seed-cnn" />)).toBe('2,794,240');
    expect(renderToString(<ParamCount model="seed-cnn" />)).toContain('data-value="93322"');
  });

  it('LayerStat: params, shape, size, share, macs', () => {
    expect(text(<LayerStat model="seed-cnn" layer="conv2d" />)).toBe('320');
    expect(text(<LayerStat model="seed-cnn" layer="conv2d_2" />)).toBe('36,928');
    expect(text(<LayerStat model="seed-cnn" layer="dense" />)).toBe('36,928');
    expect(text(<LayerStat model="seed-cnn" layer="conv2d_2" stat="shape" />)).toBe('3 × 3 × 64');
    expect(text(<LayerStat model="seed-cnn" layer="flatten" stat="size" />)).toBe('576');
    expect(text(<LayerStat model="seed-cnn" layer="conv2d_2" stat="macs" />)).toBe('331,776');
    expect(text(<LayerStat model="sentiment" layer="embedding" stat="share" />)).toBe('99.7%');
    expect(text(<LayerStat model="mnist-mlp" layer="dense" stat="share" />)).toBe('98.7%');
  });

  it('ratios and compute', () => {
    expect(text(<ModelRatio model="gpt-3" to="seed-cnn" />)).toBe('1.88 million');
    expect(text(<TokensPerParam model="gpt-3" />)).toBe('1.7');
    expect(text(<TokensPerParam model="chinchilla" />)).toBe('20');
    expect(text(<TrainingFlops model="gpt-3" />)).toBe('3.15 × 1023');
    expect(renderToString(<TrainingFlops model="gpt-3" />)).toContain('10<sup>23</sup>');
    expect(text(<TrainingFlops model="seed-cnn" data={60000} />)).toBe('3.36 × 1010');
    expect(text(<TrainingFlops model="seed-cnn" data={60000} from="macs" />)).toBe('1.01 × 1012');
    expect(text(<TrainingTime model="gpt-3" flopsPerSecond={1e14} />)).toBe('100 years');
    expect(text(<TrainingTime model="gpt-3" flopsPerSecond={1e14} devices={1000} />)).toBe('36 days');
  });

  it('fails loudly on a typo, so a chapter cannot render a wrong number', () => {
    expect(() => text(<ParamCount model={'seed_cnn' as BookModelId} />)).toThrow(/Unknown model/);
    expect(() => text(<LayerStat model="seed-cnn" layer="conv3" />)).toThrow(/no layer "conv3"/);
    expect(() => text(<TrainingFlops model="seed-cnn" />)).toThrow(/how many tokens/);
    expect(() => text(<TokensPerParam model="bert-base" />)).toThrow(/No training-token count/);
  });
});

describe('LayerParamTable', () => {
  const html = renderToString(<LayerParamTable model="seed-cnn" />);

  it('lists every layer with shape, product and count, and the total', () => {
    const rows = [...html.matchAll(/<tr data-layer="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => [
      m[1],
      ...[...m[2].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1].replace(/<[^>]+>/g, '')),
    ]);
    expect(rows).toEqual([
      ['conv2d', 'Conv2D, 32 filters 3×3, relu', '26 × 26 × 32', '3·3·1·32 + 32', '320'],
      ['max_pooling2d', 'MaxPooling2D 2×2', '13 × 13 × 32', '—', '0'],
      ['conv2d_1', 'Conv2D, 64 filters 3×3, relu', '11 × 11 × 64', '3·3·32·64 + 64', '18,496'],
      ['max_pooling2d_1', 'MaxPooling2D 2×2', '5 × 5 × 64', '—', '0'],
      ['conv2d_2', 'Conv2D, 64 filters 3×3, relu', '3 × 3 × 64', '3·3·64·64 + 64', '36,928'],
      ['flatten', 'Flatten', '576', '—', '0'],
      ['dense', 'Dense 64, relu', '64', '576·64 + 64', '36,928'],
      ['dense_1', 'Dense 10, softmax', '10', '64·10 + 10', '650'],
    ]);
    expect(html).toMatch(/<tfoot>[\s\S]*Total[\s\S]*data-value="93322">93,322</);
  });

  it('has a caption and header cells for assistive technology', () => {
    expect(html).toContain('<caption>MNIST CNN: input 28 × 28 × 1</caption>');
    expect(html.match(/<th scope="col">/g)).toHaveLength(5);
    expect(html.match(/<th scope="row"/g)).toHaveLength(9);
  });

  it.each(['small-cnn', 'mnist-mlp', 'sentiment'] as const)('%s renders its total', (model) => {
    const totals = { 'small-cnn': '5,994', 'mnist-mlp': '101,770', sentiment: '160,433' };
    expect(renderToString(<LayerParamTable model={model} />)).toContain(`>${totals[model]}</td></tr></tfoot>`);
  });
});
