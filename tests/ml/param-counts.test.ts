import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookModelIds,
  bookModels,
  computeSeconds,
  conv2dParams,
  countArchitecture,
  countBookModel,
  denseParams,
  embeddingParams,
  isModelId,
  paramCount,
  referenceModels,
  scaleChartModelIds,
  trainingFlops,
  trainingFlopsFromMacs,
  trainingTokensOf,
  type Architecture,
  type BookModelId,
  type LayerSpec,
} from '../../src/ml/models/param-counts';

describe('layer formulas', () => {
  it('dense: in·out + out', () => {
    expect(denseParams(784, 128)).toBe(100_480);
    expect(denseParams(128, 10)).toBe(1_290);
    expect(denseParams(576, 64)).toBe(36_928);
    expect(denseParams(1, 1)).toBe(2);
  });

  it('conv2d: kh·kw·cin·cout + cout', () => {
    expect(conv2dParams(3, 3, 1, 32)).toBe(320);
    expect(conv2dParams(3, 3, 32, 64)).toBe(18_496);
    expect(conv2dParams(3, 3, 64, 64)).toBe(36_928);
    expect(conv2dParams(5, 5, 1, 8)).toBe(208);
    expect(conv2dParams(5, 5, 8, 16)).toBe(3_216);
    expect(conv2dParams(3, 5, 2, 4)).toBe(3 * 5 * 2 * 4 + 4);
  });

  it('embedding: vocabulary·dim, no bias', () => {
    expect(embeddingParams(10_000, 16)).toBe(160_000);
  });
});

/** [name, output shape, params, MACs] for each layer. */
type Row = [string, number[], number, number];
const rows = (id: BookModelId): Row[] =>
  countBookModel(id).layers.map((l) => [l.name, l.outputShape, l.params, l.macs]);

describe("the book's models, layer by layer", () => {
  it('seed MNIST CNN: 3 conv, 2 pooling, 2 dense layers = 93,322 parameters', () => {
    expect(rows('seed-cnn')).toEqual([
      ['conv2d', [26, 26, 32], 320, 26 * 26 * 32 * 9],
      ['max_pooling2d', [13, 13, 32], 0, 0],
      ['conv2d_1', [11, 11, 64], 18_496, 11 * 11 * 64 * 9 * 32],
      ['max_pooling2d_1', [5, 5, 64], 0, 0],
      ['conv2d_2', [3, 3, 64], 36_928, 3 * 3 * 64 * 9 * 64],
      ['flatten', [576], 0, 0],
      ['dense', [64], 36_928, 576 * 64],
      ['dense_1', [10], 650, 640],
    ]);
    const counted = countBookModel('seed-cnn');
    expect(counted.params).toBe(93_322);
    expect(counted.macs).toBe(2_794_240);
    const kinds = bookModels['seed-cnn'].architecture.layers.map((l) => l.kind);
    expect(kinds.filter((k) => k === 'conv2d')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'maxPooling2d')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'dense')).toHaveLength(2);
  });

  it('small CNN (tfjs-examples): 5,994 parameters', () => {
    expect(rows('small-cnn')).toEqual([
      ['conv2d', [24, 24, 8], 208, 24 * 24 * 8 * 25],
      ['max_pooling2d', [12, 12, 8], 0, 0],
      ['conv2d_1', [8, 8, 16], 3_216, 8 * 8 * 16 * 25 * 8],
      ['max_pooling2d_1', [4, 4, 16], 0, 0],
      ['flatten', [256], 0, 0],
      ['dense', [10], 2_570, 2_560],
    ]);
    expect(countBookModel('small-cnn').params).toBe(5_994);
  });

  it('MNIST MLP: 101,770 parameters', () => {
    expect(rows('mnist-mlp')).toEqual([
      ['flatten', [784], 0, 0],
      ['dense', [128], 100_480, 100_352],
      ['dense_1', [10], 1_290, 1_280],
    ]);
    expect(countBookModel('mnist-mlp').params).toBe(101_770);
  });

  it('sentiment model: 160,433 parameters, independent of the review length', () => {
    expect(rows('sentiment')).toEqual([
      ['embedding', [200, 16], 160_000, 0],
      ['global_average_pooling1d', [16], 0, 0],
      ['dense', [24], 408, 384],
      ['dense_1', [1], 25, 24],
    ]);
    expect(countBookModel('sentiment').params).toBe(160_433);
    const longer = countArchitecture({ ...bookModels.sentiment.architecture, inputShape: [400] });
    expect(longer.params).toBe(160_433);
    expect(longer.layers[0].outputShape).toEqual([400, 16]);
  });

  it('shows the product behind each count', () => {
    const [conv] = countBookModel('seed-cnn').layers;
    expect(conv.formula).toBe('3·3·1·32 + 32');
    expect(countBookModel('sentiment').layers[0].formula).toBe('10000·16');
    expect(countBookModel('seed-cnn').layers[1].formula).toBe('');
  });

  it('MACs exceed parameters more than tenfold for the CNN (weight reuse), not for the MLP', () => {
    const cnn = countBookModel('seed-cnn');
    expect(cnn.macs / cnn.params).toBeGreaterThan(10);
    // "mostly in the second convolution"
    expect(cnn.layers.find((l) => l.name === 'conv2d_1')!.macs / cnn.macs).toBeGreaterThan(0.5);
    const mlp = countBookModel('mnist-mlp');
    expect(mlp.macs).toBeLessThan(mlp.params);
  });
});

describe('the shape walker', () => {
  it('rejects layers that do not fit', () => {
    expect(() =>
      countArchitecture({ inputShape: [4, 4, 1], layers: [{ kind: 'conv2d', filters: 1, kernelSize: 5 }] }),
    ).toThrow(/does not fit/);
    expect(() => countArchitecture({ inputShape: [4, 4, 1], layers: [{ kind: 'dense', units: 3 }] })).toThrow(/rank 1/);
  });

  it('pools with floor((n − pool)/stride) + 1 and honours explicit strides', () => {
    const c = countArchitecture({
      inputShape: [7, 7, 2],
      layers: [
        { kind: 'maxPooling2d', poolSize: 3, strides: 1 },
        { kind: 'maxPooling2d', poolSize: 2 },
      ],
    });
    expect(c.layers.map((l) => l.outputShape)).toEqual([
      [5, 5, 2],
      [2, 2, 2],
    ]);
  });
});

describe('published models and compute', () => {
  it('records the sizes their authors report', () => {
    expect(paramCount('bert-base')).toBe(110e6);
    expect(paramCount('bert-large')).toBe(340e6);
    expect(paramCount('gpt-2')).toBe(1.5e9);
    expect(paramCount('gpt-3')).toBe(175e9);
    expect(referenceModels['bert-base'].modality).toBe('text');
    expect(referenceModels['bert-large'].modality).toBe('text');
    expect(trainingTokensOf('gpt-3')).toBe(300e9);
    expect(trainingTokensOf('seed-cnn')).toBeUndefined();
    // "Stored as 32-bit floats, GPT-3's weights alone fill hundreds of gigabytes."
    const gigabytes = (paramCount('gpt-3') * 4) / 1e9;
    expect(gigabytes).toBeGreaterThan(100);
    expect(gigabytes).toBeLessThan(1000);
  });

  it('lists the scale chart smallest first, spanning more than seven orders of magnitude', () => {
    const counts = scaleChartModelIds.map(paramCount);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(scaleChartModelIds.every(isModelId)).toBe(true);
    const span = Math.log10(counts.at(-1)!) - Math.log10(counts[0]);
    expect(span).toBeGreaterThan(7);
    expect(span).toBeLessThan(8);
    expect(paramCount('gpt-3') / paramCount('seed-cnn')).toBeCloseTo(1_875_228, -1);
  });

  it('C ≈ 6·N·D: GPT-3 ≈ 3.15e23 FLOPs; ~100 years on one 1e14 FLOP/s device, ~36 days on a thousand', () => {
    const c = trainingFlops(175e9, 300e9);
    expect(c).toBeCloseTo(3.15e23, -20);
    const year = 365.25 * 24 * 3600;
    expect(computeSeconds(c, 1e14) / year).toBeCloseTo(99.8, 1);
    expect(computeSeconds(c, 1e14, 1000) / 86400).toBeCloseTo(36.46, 2);
  });

  it('tokens per parameter: GPT-3 about 1.7, Chinchilla 20', () => {
    expect(trainingTokensOf('gpt-3')! / paramCount('gpt-3')).toBeCloseTo(1.714, 3);
    expect(trainingTokensOf('chinchilla')! / paramCount('chinchilla')).toBe(20);
  });

  it('one MNIST epoch of the CNN: 6·N·D vs 6·MACs·D', () => {
    expect(trainingFlops(93_322, 60_000)).toBe(33_595_920_000);
    expect(trainingFlopsFromMacs(2_794_240, 60_000)).toBe(1_005_926_400_000);
  });
});

/** Builds the same architecture in TF.js, so the arithmetic is checked against the framework. */
function toTfjs(architecture: Architecture): tf.Sequential {
  const model = tf.sequential();
  architecture.layers.forEach((spec: LayerSpec, i) => {
    const first = i === 0 ? { inputShape: [...architecture.inputShape] } : {};
    switch (spec.kind) {
      case 'conv2d':
        model.add(
          tf.layers.conv2d({
            ...first,
            filters: spec.filters,
            kernelSize: spec.kernelSize,
            activation: spec.activation,
          }),
        );
        break;
      case 'maxPooling2d':
        model.add(tf.layers.maxPooling2d({ ...first, poolSize: spec.poolSize, strides: spec.strides }));
        break;
      case 'flatten':
        model.add(tf.layers.flatten(first));
        break;
      case 'dense':
        model.add(tf.layers.dense({ ...first, units: spec.units, activation: spec.activation }));
        break;
      case 'embedding':
        model.add(tf.layers.embedding({ ...first, inputDim: spec.inputDim, outputDim: spec.outputDim }));
        break;
      case 'globalAveragePooling1d':
        model.add(tf.layers.globalAveragePooling1d(first));
        break;
    }
  });
  return model;
}

describe('agreement with TF.js', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });
  afterAll(() => {
    tf.disposeVariables();
  });

  it.each(bookModelIds)('%s: same output shapes and parameter counts as tf.sequential', (id) => {
    const before = tf.memory().numTensors;
    const model = toTfjs(bookModels[id].architecture);
    try {
      const ours = countBookModel(id);
      expect(model.countParams()).toBe(ours.params);
      expect(model.layers.map((l) => l.countParams())).toEqual(ours.layers.map((l) => l.params));
      expect(model.layers.map((l) => (l.outputShape as number[]).slice(1))).toEqual(
        ours.layers.map((l) => l.outputShape),
      );
    } finally {
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
