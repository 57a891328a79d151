import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/lib/random';
import { generateToy, splitPoints, type PointSplit } from '../../src/ml/data/toy2d';
import { measureStepsPerSecond } from '../../src/ml/playground/bench';
import { unpackWeights, weightsLength } from '../../src/ml/playground/layout';
import { setOptimizerRate } from '../../src/ml/training/learning-rate';
import { glorotUniform, PlaygroundNetwork } from '../../src/ml/playground/network';
import { objective } from '../../src/ml/playground/objective';
import { PlaygroundSession, type Snapshot } from '../../src/ml/playground/session';
import { DEFAULT_SETUP, resolveBackend, type Activation, type PlaygroundSetup } from '../../src/ml/playground/setup';
import { createOptimizer, OPTIMIZER_NAMES } from '../../src/ml/training/optimizers';
import { learningRateAt } from '../../src/ml/worked/schedules';
import { presetSetup } from '../../src/widgets/mlp-playground/presets';
import { initNodeBackend, maxRelativeError } from '../helpers/ml';

beforeAll(async () => {
  await initNodeBackend('cpu');
});

/** The points of a setup, as the lab makes them. */
function pointsOf(setup: PlaygroundSetup): PointSplit {
  if (setup.data === 'csv') throw new Error('no CSV in these tests');
  const set = generateToy(setup.data, { count: setup.points, noise: setup.noise, seed: setup.dataSeed });
  return splitPoints(set, setup.trainFraction, setup.dataSeed);
}

/** Trains until the test accuracy reaches `target` (checked every `every` steps); the step it did, or -1. */
async function stepsToReach(setup: PlaygroundSetup, target: number, maxSteps: number, every = 50): Promise<number> {
  const session = new PlaygroundSession(setup, pointsOf(setup));
  try {
    while (session.step < maxSteps) {
      for (let i = 0; i < every; i++) session.trainStep();
      if (((await session.snapshot()).testAccuracy ?? 0) >= target) return session.step;
    }
    return -1;
  } finally {
    session.dispose();
  }
}

// ---- A float64 reference of the network and its objective, for the gradient check. ----

interface RefLayer {
  kernel: Float64Array;
  bias: Float64Array;
  fanIn: number;
  fanOut: number;
}

const refActivation: Record<Activation, (z: number) => number> = {
  relu: (z) => Math.max(0, z),
  tanh: Math.tanh,
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  linear: (z) => z,
};

function refObjective(
  layers: RefLayer[],
  xs: Float32Array,
  ys: Float32Array,
  options: {
    activation: Activation;
    task: 'classification' | 'regression';
    loss: 'mse' | 'bce';
    l1: number;
    l2: number;
  },
): number {
  const dims = layers[0].fanIn;
  const n = ys.length;
  let total = 0;
  for (let p = 0; p < n; p++) {
    let h = Array.from(xs.subarray(p * dims, (p + 1) * dims), Number);
    layers.forEach((layer, l) => {
      const z = Array.from({ length: layer.fanOut }, (_, j) => {
        let sum = layer.bias[j];
        for (let i = 0; i < layer.fanIn; i++) sum += h[i] * layer.kernel[i * layer.fanOut + j];
        return sum;
      });
      h = l === layers.length - 1 ? z : z.map(refActivation[options.activation]);
    });
    const z = h[0];
    const y = ys[p];
    if (options.task === 'regression') total += (z - y) ** 2;
    else if (options.loss === 'mse') total += (1 / (1 + Math.exp(-z)) - y) ** 2;
    else total += -(y * Math.log(1 / (1 + Math.exp(-z))) + (1 - y) * Math.log(1 - 1 / (1 + Math.exp(-z))));
  }
  let penalty = 0;
  for (const layer of layers) for (const w of layer.kernel) penalty += options.l1 * Math.abs(w) + options.l2 * w * w;
  return total / n + penalty;
}

describe('the playground network and its gradients', () => {
  it('starts from seeded Glorot-uniform weights and zero biases, the same for the same seed', () => {
    const values = glorotUniform(2, 8, 5);
    const limit = Math.sqrt(6 / 10);
    expect(values.every((v) => Math.abs(v) <= limit)).toBe(true);
    expect(glorotUniform(2, 8, 5)).toEqual(values);
    const a = new PlaygroundNetwork({ inputs: 2, layers: [3, 2], activation: 'tanh', seed: 9 });
    const b = new PlaygroundNetwork({ inputs: 2, layers: [3, 2], activation: 'tanh', seed: 9 });
    try {
      expect(a.sizes).toEqual([2, 3, 2, 1]);
      expect(a.parameterCount).toBe(2 * 3 + 3 + 3 * 2 + 2 + 2 + 1);
      a.variables.forEach((v, i) => expect(v.dataSync()).toEqual(b.variables[i].dataSync()));
      expect(a.params[0].kernel.name).not.toBe(b.params[0].kernel.name);
      expect(a.params[1].bias.dataSync().every((v) => v === 0)).toBe(true);
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  const cases = [
    { activation: 'tanh', task: 'classification', loss: 'bce', l1: 0.01, l2: 0.02 },
    { activation: 'sigmoid', task: 'classification', loss: 'mse', l1: 0, l2: 0.05 },
    { activation: 'relu', task: 'classification', loss: 'bce', l1: 0.03, l2: 0 },
    { activation: 'tanh', task: 'regression', loss: 'mse', l1: 0, l2: 0 },
  ] as const;

  it.each(cases)(
    'TF.js gradients of the objective match central differences of a float64 reference ($activation, $task, $loss, L1 $l1, L2 $l2)',
    (options) => {
      const network = new PlaygroundNetwork({ inputs: 2, layers: [4, 3], activation: options.activation, seed: 3 });
      const rng = mulberry32(4);
      const n = 12;
      const xs = Float32Array.from({ length: n * 2 }, () => rng() * 2 - 1);
      const ys = Float32Array.from({ length: n }, (_, i) => (options.task === 'regression' ? rng() * 2 - 1 : i % 2));
      try {
        const layers: RefLayer[] = network.params.map((p) => ({
          kernel: Float64Array.from(p.kernel.dataSync()),
          bias: Float64Array.from(p.bias.dataSync()),
          fanIn: p.kernel.shape[0],
          fanOut: p.kernel.shape[1],
        }));
        const reference = { ...options };
        const { value, grads } = tf.tidy(() => {
          const result = tf.variableGrads(
            () => objective(network, tf.tensor2d(xs, [n, 2]), tf.tensor2d(ys, [n, 1]), options).total,
            network.variables,
          );
          return { value: result.value, grads: result.grads };
        });
        expect(value.dataSync()[0]).toBeCloseTo(refObjective(layers, xs, ys, reference), 5);
        const h = 1e-6;
        layers.forEach((layer, l) => {
          for (const [part, values] of [
            ['kernel', layer.kernel],
            ['bias', layer.bias],
          ] as const) {
            const numeric = Array.from(values, (_, k) => {
              const saved = values[k];
              values[k] = saved + h;
              const up = refObjective(layers, xs, ys, reference);
              values[k] = saved - h;
              const down = refObjective(layers, xs, ys, reference);
              values[k] = saved;
              return (up - down) / (2 * h);
            });
            const analytic = grads[network.params[l][part].name].dataSync();
            expect(maxRelativeError(analytic, numeric)).toBeLessThan(1e-4);
          }
        });
        tf.dispose([value, ...Object.values(grads)]);
      } finally {
        network.dispose();
      }
    },
  );
});

describe('learning-rate changes and Step mode', () => {
  it.each(OPTIMIZER_NAMES)('%s uses the rate set between steps (0 freezes the weight, 0.1 moves it)', (name) => {
    const w = tf.variable(tf.tensor1d([0.5, -0.3]), true, `rate-test-${name}/kernel`);
    const optimizer = createOptimizer(name, 0.1);
    const step = () => tf.tidy(() => optimizer.applyGradients({ [w.name]: tf.tensor1d([0.2, -0.4]) as tf.Tensor }));
    try {
      step();
      setOptimizerRate(optimizer, 0);
      const before = w.dataSync().slice();
      step();
      expect(Array.from(w.dataSync())).toEqual(Array.from(before));
      setOptimizerRate(optimizer, 0.1);
      step();
      expect(Array.from(w.dataSync())).not.toEqual(Array.from(before));
    } finally {
      optimizer.dispose();
      w.dispose();
    }
  });

  it('Step mode reports the gradient and update of a weight: for SGD Δw = −η·g, with η from the schedule', async () => {
    const setup: PlaygroundSetup = {
      ...DEFAULT_SETUP,
      optimizer: 'sgd',
      learningRate: 0.5,
      schedule: 'step',
      steps: 8,
      l2: 0.01,
    };
    const session = new PlaygroundSession(setup, pointsOf(setup));
    try {
      for (let t = 1; t <= 8; t++) {
        const report = await session.inspectStep({ layer: 1, from: 2, to: 5 });
        const rate = learningRateAt('step', t, { baseRate: 0.5, totalSteps: 8, warmupSteps: 1 });
        expect(report.step).toBe(t);
        expect(report.learningRate).toBeCloseTo(rate, 10);
        // 250 training points: seven batches of 32, then the epoch's last 26.
        expect(report.batchSize).toBe(t < 8 ? 32 : 26);
        expect(report.after - report.before).toBeCloseTo(-rate * report.gradient, 6);
        expect(report.penalty).toBeGreaterThan(0);
      }
      expect(session.finished).toBe(true);
      await expect(session.inspectStep({ layer: 5, from: 0, to: 0 })).rejects.toThrow(/No weight/);
    } finally {
      session.dispose();
    }
  });
});

describe('the playground session', () => {
  it('packs a snapshot the page can unpack: grids, one picture per hidden neuron, every weight', async () => {
    const setup = { ...DEFAULT_SETUP, layers: [3, 2] };
    const session = new PlaygroundSession(setup, pointsOf(setup));
    try {
      const snapshot: Snapshot = await session.snapshot();
      expect(snapshot.output).toHaveLength(50 * 50);
      expect(snapshot.neurons).toHaveLength((3 + 2) * 20 * 20);
      expect(snapshot.weights).toHaveLength(weightsLength([2, 3, 2, 1]));
      const layers = unpackWeights([2, 3, 2, 1], snapshot.weights);
      expect(Array.from(layers[0].kernel)).toEqual(Array.from(session.network.params[0].kernel.dataSync()));
      expect(snapshot.output.every((p) => p > 0 && p < 1)).toBe(true);
      expect(snapshot.trainLoss).toBeGreaterThan(0.5);
      expect(snapshot.testAccuracy).not.toBeNull();
      expect(snapshot.step).toBe(0);
    } finally {
      session.dispose();
    }
  });

  it('leaks nothing over 1,000 steps (with snapshots and inspected steps), and dispose frees everything', async () => {
    const baseline = tf.memory().numTensors;
    const setup = { ...DEFAULT_SETUP, dropout: 0.2, l1: 0.001, l2: 0.001, schedule: 'cosine' as const, steps: 1000 };
    const session = new PlaygroundSession(setup, pointsOf(setup));
    for (let i = 0; i < 10; i++) session.trainStep();
    await session.snapshot();
    const afterWarmup = tf.memory().numTensors;
    const counts: number[] = [];
    while (session.step < 1000) {
      for (let i = 0; i < 99; i++) session.trainStep();
      await session.inspectStep({ layer: 0, from: 1, to: 3 });
      await session.snapshot();
      counts.push(tf.memory().numTensors);
    }
    expect(session.step).toBeGreaterThanOrEqual(1000);
    expect(counts.every((c) => c === afterWarmup)).toBe(true);
    session.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('solves XOR at the default settings: 95 % test accuracy within 300 steps', async () => {
    expect(DEFAULT_SETUP).toMatchObject({ data: 'xor', layers: [8, 8], activation: 'relu', optimizer: 'adam' });
    const steps = await stepsToReach(DEFAULT_SETUP, 0.95, 300);
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThanOrEqual(300);
  });

  it('solves the spiral with 4 hidden layers of 8 at the default training settings: 90 % within 1,500 steps (3 seeds)', async () => {
    for (const seed of [1, 2, 3]) {
      const steps = await stepsToReach({ ...presetSetup('spiral'), seed }, 0.9, 1500, 100);
      expect(steps, `seed ${seed}`).toBeGreaterThan(0);
    }
  });

  it('learns the regression curve (test MSE well below the variance of the targets)', async () => {
    const setup = presetSetup('regression');
    const session = new PlaygroundSession(setup, pointsOf(setup));
    try {
      const start = await session.snapshot();
      for (let i = 0; i < 800; i++) session.trainStep();
      const end = await session.snapshot();
      expect(end.testLoss).toBeLessThan(0.05);
      expect(end.testLoss).toBeLessThan((start.testLoss ?? 0) / 4);
      expect(end.trainAccuracy).toBeNull();
    } finally {
      session.dispose();
    }
  });

  it('the overfitting preset overfits (test loss falls, then climbs) and an L2 penalty of 0.01 prevents it', async () => {
    const curve = async (setup: PlaygroundSetup) => {
      const session = new PlaygroundSession(setup, pointsOf(setup));
      const test: number[] = [];
      try {
        while (session.step < 1500) {
          for (let i = 0; i < 50; i++) session.trainStep();
          test.push((await session.snapshot()).testLoss ?? NaN);
        }
      } finally {
        session.dispose();
      }
      return test;
    };
    const plain = await curve(presetSetup('overfitting'));
    const best = Math.min(...plain);
    expect(plain.indexOf(best)).toBeLessThan(10);
    expect(plain.at(-1)).toBeGreaterThan(2 * best);
    const regularised = await curve({ ...presetSetup('overfitting'), l2: 0.01 });
    expect(regularised.at(-1)).toBeLessThan(0.5 * (plain.at(-1) ?? 0));
  });

  it("memorises the seeds' 10 alternating points without generalising (seed10 preset)", async () => {
    const setup = presetSetup('seed10');
    const session = new PlaygroundSession(setup, pointsOf(setup));
    try {
      for (let i = 0; i < 1500; i++) session.trainStep();
      const snapshot = await session.snapshot();
      expect(snapshot.trainAccuracy).toBe(1);
      expect(snapshot.testAccuracy).toBeLessThanOrEqual(0.25);
    } finally {
      session.dispose();
    }
  });

  it('picks cpu for small batches and wasm for big ones when the backend is automatic', () => {
    expect(resolveBackend({ backend: 'auto', batchSize: 32 })).toBe('cpu');
    expect(resolveBackend({ backend: 'auto', batchSize: 512 })).toBe('wasm');
    expect(resolveBackend({ backend: 'webgl', batchSize: 32 })).toBe('webgl');
  });

  it('gives the same losses on wasm as on cpu (same seeds, with dropout)', async () => {
    const setup = { ...DEFAULT_SETUP, dropout: 0.1, l2: 0.001 };
    const run = async () => {
      const session = new PlaygroundSession(setup, pointsOf(setup));
      for (let i = 0; i < 40; i++) session.trainStep();
      const snapshot = await session.snapshot();
      session.dispose();
      return snapshot;
    };
    const cpu = await run();
    await initNodeBackend('wasm');
    try {
      const wasm = await run();
      expect(wasm.trainLoss).toBeCloseTo(cpu.trainLoss, 3);
      expect(maxRelativeError(wasm.weights, cpu.weights)).toBeLessThan(1e-3);
    } finally {
      await initNodeBackend('cpu');
    }
  });

  it('measures steps per second of the 2-8-8-1 benchmark on cpu and wasm (Node)', async () => {
    const rates: Record<string, number> = {};
    for (const backend of ['cpu', 'wasm'] as const) {
      await initNodeBackend(backend);
      rates[`${backend} batch 32`] = await measureStepsPerSecond(32, { millis: 400 });
      rates[`${backend} batch 500`] = await measureStepsPerSecond(500, { millis: 400 });
    }
    await initNodeBackend('cpu');
    console.info('MLP playground benchmark in Node, steps/s:', rates);
    expect(Object.values(rates).every((r) => r > 10)).toBe(true);
  });
});
