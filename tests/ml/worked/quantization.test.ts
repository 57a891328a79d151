import { describe, expect, it } from 'vitest';
import {
  codeRange,
  dequantize,
  fitQuantizer,
  histogram,
  makeDemoWeights,
  quantize,
  quantizeTensor,
  sizeSummary,
} from '../../../src/ml/worked/quantization';

describe('affine int8 quantisation by hand: x = (−1, 0, 0.5, 2)', () => {
  const q = fitQuantizer([-1, 0, 0.5, 2], 8);

  it('has s = 3/255 = 1/85 and z = round(−128 + 85) = −43', () => {
    expect([q.qMin, q.qMax]).toEqual([-128, 127]);
    expect(q.scale).toBeCloseTo(1 / 85, 15);
    expect(q.zeroPoint).toBe(-43);
  });

  it('maps −1 to −128, 0 to −43 (exactly), 0.5 to 0 and 2 to 127', () => {
    expect([-1, 0, 0.5, 2].map((x) => quantize(x, q))).toEqual([-128, -43, 0, 127]);
    expect(dequantize(-43, q)).toBe(0);
    expect(dequantize(0, q)).toBeCloseTo(43 / 85, 14);
    // 0.5 sits half a step from its neighbours: the error reaches the bound s/2 = 1/170.
    expect(Math.abs(0.5 - dequantize(0, q))).toBeCloseTo(1 / 170, 14);
  });

  it('clamps values outside the range to the end codes', () => {
    expect(quantize(5, q)).toBe(127);
    expect(quantize(-5, q)).toBe(-128);
  });
});

describe('symmetric quantisation', () => {
  it('uses zero point 0 and s = max|x| / 127', () => {
    const q = fitQuantizer([-0.5, 1.27, 0.3], 8, 'symmetric');
    expect(q.zeroPoint).toBe(0);
    expect(q.scale).toBeCloseTo(0.01, 15);
    expect([q.qMin, q.qMax]).toEqual([-127, 127]);
    expect(quantize(-0.5, q)).toBe(-50);
  });
});

describe('the seeded 64 × 64 demo matrix', () => {
  const w = makeDemoWeights();

  it('is reproducible and roughly N(0, 0.1²)', () => {
    expect(w).toHaveLength(4096);
    expect(makeDemoWeights()).toEqual(w);
    const mean = w.reduce((s, x) => s + x, 0) / w.length;
    const std = Math.sqrt(w.reduce((s, x) => s + (x - mean) ** 2, 0) / w.length);
    expect(Math.abs(mean)).toBeLessThan(0.005);
    expect(std).toBeGreaterThan(0.095);
    expect(std).toBeLessThan(0.105);
    expect(w[0].toFixed(6)).toBe('-0.044536');
  });

  it('at 8 bits, affine: s ≈ 0.003017, z = 13, 16,384 bytes become 4,104', () => {
    const r = quantizeTensor(w, 8, 'affine');
    expect(r.quantizer.scale.toFixed(6)).toBe('0.003017');
    expect(r.quantizer.zeroPoint).toBe(13);
    expect(r.size).toMatchObject({ floatBytes: 16_384, quantizedBytes: 4_104 });
    expect(r.size.compression.toFixed(2)).toBe('3.99');
    expect(r.maxError.toFixed(6)).toBe('0.001508');
    expect(r.meanError.toFixed(6)).toBe('0.000751');
    expect(r.distinctCodes).toBe(201);
  });

  it('never errs by more than s/2, at any width and with either scheme', () => {
    for (const outlier of [false, true]) {
      for (let bits = 2; bits <= 8; bits++) {
        for (const scheme of ['affine', 'symmetric'] as const) {
          const r = quantizeTensor(makeDemoWeights(outlier), bits, scheme);
          expect(r.maxError).toBeLessThanOrEqual(r.errorBound * (1 + 1e-12));
          // With many codes the rounding error is close to uniform on [−s/2, s/2]: mean about s/4.
          if (bits >= 5) {
            expect(r.meanError / r.quantizer.scale).toBeGreaterThan(0.2);
            expect(r.meanError / r.quantizer.scale).toBeLessThan(0.3);
          }
        }
      }
    }
  });

  it('loses precision when one outlier stretches the range: s nearly doubles, the mean error too', () => {
    const plain = quantizeTensor(makeDemoWeights(false), 8);
    const stretched = quantizeTensor(makeDemoWeights(true), 8);
    expect(stretched.quantizer.scale / plain.quantizer.scale).toBeGreaterThan(1.8);
    expect(stretched.meanError / plain.meanError).toBeGreaterThan(1.8);
    expect(stretched.distinctCodes).toBeLessThan(plain.distinctCodes);
  });

  it('represents 0 exactly (the zero point is a code)', () => {
    for (let bits = 2; bits <= 8; bits++) {
      const q = fitQuantizer(w, bits);
      expect(dequantize(quantize(0, q), q)).toBe(0);
      expect(Object.is(q.zeroPoint, -0)).toBe(false);
    }
  });
});

describe('sizes and histograms', () => {
  it('stores ⌈n·b/8⌉ bytes plus the scale and zero point', () => {
    expect(sizeSummary(4096, 4, 'affine').quantizedBytes).toBe(2056);
    expect(sizeSummary(3, 4, 'symmetric').quantizedBytes).toBe(2 + 4);
  });

  it('counts every value once', () => {
    const counts = histogram([0, 0.1, 0.5, 0.99, 1, 7], 0, 1, 4);
    expect(counts).toEqual([2, 0, 1, 3]);
  });

  it('refuses widths outside 2…16 and empty tensors', () => {
    expect(() => codeRange(1)).toThrow(/bits/);
    expect(() => quantizeTensor([], 8)).toThrow(/empty/);
  });
});
