import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AttentionWeights } from '../../src/widgets/attention-weights/AttentionWeights';
import {
  ComputeOptimal,
  TransformerParamCount,
  TransformerParams,
} from '../../src/widgets/transformer-params/TransformerParams';
import { accessibilityProblems, dataValue, textOf } from './html';

const weights = (html: string) => [...html.matchAll(/data-weight="([^"]+)"/g)].map((m) => m[1]);

describe('AttentionWeights (server render)', () => {
  const html = renderToString(<AttentionWeights />);
  const text = textOf(html);

  it('shows a 6×6 heat map whose rows are the computed weights', () => {
    const w = weights(html);
    expect(w).toHaveLength(36);
    expect(w.slice(30)).toEqual(['0.3911', '0.0521', '0.0089', '0.0112', '0.4343', '0.1024'].map(String));
    expect(text).toContain('softmax(QKᵀ / √6 = 2.449)');
  });

  it('explains the row of "mat": q·k, score, weight, summing to 1', () => {
    expect(text).toContain('Row 6: how “mat” spreads its attention');
    expect(dataValue(html, 'weight-4')).toBe('0.4343');
    expect(text).toContain('Sum of the weights 1.0000');
  });

  it('the causal mask hides the future', () => {
    const masked = renderToString(<AttentionWeights causal query={3} />);
    const w = weights(masked);
    expect(w.filter((x) => x === 'masked')).toHaveLength(15);
    expect(w[0]).toBe('1.0000');
    expect(textOf(masked)).toContain('−∞ (masked)');
    expect(dataValue(masked, 'weight-1')).toBe('0.6970');
  });

  it('without positions the two "the" rows are equal', () => {
    const w = weights(renderToString(<AttentionWeights positions={false} />));
    expect(w.slice(24, 30)).toEqual(w.slice(0, 6));
  });

  it('is accessible', () => {
    expect(accessibilityProblems(html)).toEqual([]);
  });
});

describe('TransformerParams (server render)', () => {
  const html = renderToString(<TransformerParams />);
  it('counts BERT-base, GPT-2 and GPT-3 from their shapes', () => {
    expect(dataValue(html, 'total-bert-base')).toBe('109,482,240');
    expect(dataValue(html, 'total-gpt-2')).toBe('1,557,611,200');
    expect(dataValue(html, 'total-gpt-3')).toBe('174,604,259,328');
    expect(textOf(html)).toContain('174 billion');
  });
  it('counts the reader’s model (default L = 24, d = 1024)', () => {
    expect(dataValue(html, 'total-custom')).toBe(
      String((24 * (12 * 1024 * 1024 + 13 * 1024) + (50257 + 1024) * 1024 + 2048).toLocaleString('en-US')),
    );
    expect(accessibilityProblems(html)).toEqual([]);
  });
  it('inline counts and the compute-optimal split', () => {
    expect(textOf(renderToString(<TransformerParamCount model="gpt-3" />)).trim()).toBe('175 billion');
    expect(textOf(renderToString(<TransformerParamCount model="gpt-3" part="approximation" />)).trim()).toBe(
      '174 billion',
    );
    expect(textOf(renderToString(<TransformerParamCount model="bert-base" format="full" />)).trim()).toBe(
      '109,482,240',
    );
    expect(textOf(renderToString(<ComputeOptimal model="gpt-3" show="params" />)).trim()).toBe('51.2 billion');
    expect(textOf(renderToString(<ComputeOptimal model="gpt-3" show="tokens" />)).trim()).toBe('1.02 trillion');
    expect(textOf(renderToString(<ComputeOptimal model="chinchilla" show="params" />)).trim()).toBe('70 billion');
  });
});
