import { describe, expect, it } from 'vitest';
import { loraCount, loraPresets, loraRanks } from '../../../src/ml/worked/lora';

describe('loraCount: r·(in + out) trainable numbers against in·out', () => {
  it('counts a 768 × 768 projection at r = 8 by hand: 589,824 against 8·1,536 = 12,288', () => {
    const c = loraCount({ inputs: 768, outputs: 768 }, 8);
    expect(c.full).toBe(589_824);
    expect(c.a).toBe(6_144);
    expect(c.b).toBe(6_144);
    expect(c.lora).toBe(12_288);
    expect(c.ratio).toBeCloseTo(1 / 48, 15);
    expect(c.reduction).toBe(48);
    expect(c.breakEvenRank).toBe(384);
  });

  it('counts the MNIST perceptron’s 784 → 128 layer: 100,352 against 4·912 = 3,648 at r = 4', () => {
    const c = loraCount({ inputs: 784, outputs: 128 }, 4);
    expect(c.full).toBe(100_352);
    expect(c.a).toBe(3_136);
    expect(c.b).toBe(512);
    expect(c.lora).toBe(3_648);
    expect((c.ratio * 100).toFixed(2)).toBe('3.64');
  });

  it('scales with the number of adapted matrices: W_q and W_v in BERT-base’s 12 layers at r = 8', () => {
    const c = loraCount({ inputs: 768, outputs: 768 }, 8, 24);
    expect(c.lora).toBe(294_912);
    expect(c.full).toBe(14_155_776);
    expect(c.ratio).toBeCloseTo(1 / 48, 15);
  });

  it('for GPT-3 (d = 12,288, 192 matrices, r = 4) trains 18,874,368 numbers, about 0.0108% of 175 billion', () => {
    const gpt3 = loraPresets.find((p) => p.id === 'gpt3-attention');
    expect(gpt3?.model?.matrices).toBe(192);
    const c = loraCount(gpt3!.layer, 4, gpt3!.model!.matrices);
    expect(c.lora).toBe(192 * 4 * 24_576);
    expect(c.lora).toBe(18_874_368);
    expect(((c.lora / 175e9) * 100).toFixed(4)).toBe('0.0108');
    // Roughly the "10,000 times" reduction Hu et al. report.
    expect(175e9 / c.lora).toBeGreaterThan(9_000);
  });

  it('grows linearly in r, while the full count does not depend on r', () => {
    const layer = { inputs: 300, outputs: 200 };
    for (const r of loraRanks) {
      expect(loraCount(layer, r).lora).toBe(r * 500);
      expect(loraCount(layer, r).full).toBe(60_000);
    }
  });

  it('breaks even exactly at r = in·out / (in + out)', () => {
    const c = loraCount({ inputs: 6, outputs: 3 }, 2);
    expect(c.breakEvenRank).toBe(2);
    expect(c.lora).toBe(c.full);
  });

  it('refuses non-integer or non-positive sizes and ranks', () => {
    expect(() => loraCount({ inputs: 0, outputs: 3 }, 1)).toThrow(/inputs/);
    expect(() => loraCount({ inputs: 3, outputs: 3 }, 1.5)).toThrow(/rank/);
    expect(() => loraCount({ inputs: 3, outputs: 3 }, 1, 0)).toThrow(/matrices/);
  });
});
