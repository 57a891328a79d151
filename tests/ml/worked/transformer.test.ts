import { describe, expect, it } from 'vitest';
import { referenceModels } from '../../../src/ml/models/param-counts';
import {
  attentionParams,
  blockParams,
  computeOptimal,
  countTransformer,
  feedForwardParams,
  transformerShapes,
} from '../../../src/ml/worked/transformer';

describe('Transformer parameter counts from the shape', () => {
  it('one block of width d has 12d² + 13d parameters', () => {
    expect(attentionParams(768)).toBe(4 * 768 * 768 + 4 * 768);
    expect(feedForwardParams(768, 3072)).toBe(2 * 768 * 3072 + 3072 + 768);
    for (const d of [64, 768, 12288]) expect(blockParams(d)).toBe(12 * d * d + 13 * d);
  });

  it('BERT-base: 109,482,240, the exact count of the released checkpoint', () => {
    const c = countTransformer(transformerShapes['bert-base']);
    expect(c.total).toBe(109_482_240);
    expect(c.blocks).toBe(85_054_464);
    expect(Math.abs(c.total - referenceModels['bert-base'].params) / referenceModels['bert-base'].params).toBeLessThan(
      0.01,
    );
  });

  it('GPT-2 (48 layers, d = 1600): 1,557,611,200', () => {
    expect(countTransformer(transformerShapes['gpt-2']).total).toBe(1_557_611_200);
  });

  it('GPT-3 (96 layers, d = 12288): about 174.6 billion, within 1% of the reported 175 billion', () => {
    const c = countTransformer(transformerShapes['gpt-3']);
    expect(c.total).toBe(174_604_259_328);
    expect(c.approximation).toBe(173_946_175_488);
    expect(Math.abs(c.total - 175e9) / 175e9).toBeLessThan(0.01);
    // The blocks hold more than 99% of it; the embeddings are a rounding error at this size.
    expect(c.blocks / c.total).toBeGreaterThan(0.99);
  });

  it('the heads split d among themselves: the count does not depend on them', () => {
    for (const s of Object.values(transformerShapes)) expect(s.width % s.heads).toBe(0);
  });
});

describe('computeOptimal (about 20 tokens per parameter)', () => {
  it('reproduces Chinchilla: 70 B parameters, 1.4 T tokens for 5.88e23 FLOPs', () => {
    const c = computeOptimal(6 * 70e9 * 1.4e12);
    expect(c.params).toBeCloseTo(70e9, -3);
    expect(c.tokens).toBeCloseTo(1.4e12, -4);
    expect(c.flops).toBeCloseTo(5.88e23, -18);
  });

  it("splits GPT-3's budget into about 51 B parameters and 1 T tokens", () => {
    const c = computeOptimal(6 * 175e9 * 300e9);
    expect(c.params / 1e9).toBeCloseTo(51.2, 1);
    expect(c.tokens / 1e12).toBeCloseTo(1.02, 2);
  });
});
