/**
 * Quantising a really trained MNIST CNN (the quantisation lab's model and settings: the small CNN,
 * one epoch on the 8,000 training digits, wasm) and measuring every version on the 1,000 test digits.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mnistToDevice, type DeviceDataset } from '../../src/ml/data/device';
import { createMnistModel } from '../../src/ml/models';
import { compareQuantizations, type QuantizationRow } from '../../src/ml/quantize';
import { createTrainer } from '../../src/ml/training';
import { quantizationLabTraining } from '../../src/widgets/quantization-lab/settings';
import { initNodeBackend, loadMnistAsset } from '../helpers/ml';

const mnist = loadMnistAsset();

describe('quantising the trained small CNN (wasm)', () => {
  let train: DeviceDataset;
  let test: DeviceDataset;
  let rows: QuantizationRow[];
  let baseline: number;

  beforeAll(async () => {
    await initNodeBackend('wasm');
    train = mnistToDevice(mnist.train);
    test = mnistToDevice(mnist.test);
    const model = createMnistModel('small-cnn', { seed: quantizationLabTraining.modelSeed });
    baseline = tf.memory().numTensors;
    const trainer = createTrainer({ model, train, config: quantizationLabTraining.config });
    expect((await trainer.start()).state).toBe('done');
    await trainer.dispose();
    rows = await compareQuantizations(model, test);
    expect(tf.memory().numTensors).toBe(baseline);
    model.dispose();
    console.info(rows.map((r) => `${r.key}: ${(r.accuracy * 100).toFixed(1)}% ${r.bytes} B`).join('\n'));
  }, 120_000);

  afterAll(() => {
    train?.dispose();
    test?.dispose();
  });

  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('float32: the trained model is good (≥ 90% on the test digits) and takes 4 bytes per parameter', () => {
    expect(tf.getBackend()).toBe('wasm');
    expect(row('float32').accuracy).toBeGreaterThanOrEqual(0.9);
    expect(row('float32').bytes).toBe(4 * 5994);
  });

  it('int8 keeps the accuracy within 1 point, at about a quarter of the size (plus scales)', () => {
    for (const key of ['int8-per-tensor', 'int8-per-channel']) {
      expect(Math.abs(row(key).accuracy - row('float32').accuracy)).toBeLessThanOrEqual(0.01);
      const ratio = row(key).bytes / row('float32').bytes;
      expect(ratio).toBeGreaterThan(0.25);
      expect(ratio).toBeLessThan(0.27);
    }
    // 5,960 kernel codes + 34 float32 biases + 3 (per tensor) or 34 (per channel) float32 scales.
    expect(row('int8-per-tensor').bytes).toBe(5960 + 4 * 34 + 4 * 3);
    expect(row('int8-per-channel').bytes).toBe(5960 + 4 * 34 + 4 * 34);
  });

  it('int4 costs a little: within 2 points of float32', () => {
    for (const key of ['int4-per-tensor', 'int4-per-channel'])
      expect(row('float32').accuracy - row(key).accuracy).toBeLessThanOrEqual(0.02);
  });

  it('every quantised kernel stays within half its largest scale', () => {
    for (const r of rows)
      for (const w of r.report) {
        expect(w.maxError).toBeLessThanOrEqual(w.errorBound + 1e-7);
        expect(w.quantized).toBe(r.spec.bits !== 32 && w.name.endsWith('kernel'));
      }
  });

  it('per channel lowers every kernel’s mean error at every bit width', () => {
    for (const bits of [8, 4, 2]) {
      const tensor = row(`int${bits}-per-tensor`).report.filter((w) => w.quantized);
      const channel = row(`int${bits}-per-channel`).report.filter((w) => w.quantized);
      tensor.forEach((w, i) => expect(channel[i].meanError).toBeLessThan(w.meanError));
    }
  });

  it('2 bits per tensor is clearly worse; per channel helps at low bit widths', () => {
    expect(row('int2-per-tensor').accuracy).toBeLessThan(row('float32').accuracy - 0.1);
    // Per channel wins back at least half of what 2 bits per tensor loses (chapter 11 says so).
    const lost = row('float32').accuracy - row('int2-per-tensor').accuracy;
    expect(row('int2-per-channel').accuracy - row('int2-per-tensor').accuracy).toBeGreaterThanOrEqual(lost / 2);
    expect(row('int2-per-tensor').bytes / row('float32').bytes).toBeLessThan(0.1);
  });
});
