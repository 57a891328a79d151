import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createRacerOptimizer,
  defaultHyperparameters,
  initialReferenceState,
  numericGradient,
  outOfBounds,
  Race,
  RACER_NAMES,
  referenceStep,
  SURFACE_IDS,
  SURFACE_TENSORS,
  SURFACES,
  type Point,
  type RaceHyperparameters,
  type RacerName,
} from '../../src/ml/optimizer-race';
import { initNodeBackend } from '../helpers/ml';

beforeAll(async () => {
  await initNodeBackend('cpu');
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The valley f = ½(x² + 25y²) from its start (−8, 1.5): g = (−8, 37.5), very different scales. */
const valley = SURFACES.valley;
const lr = 0.07;
const h: RaceHyperparameters = { ...defaultHyperparameters, learningRate: lr };
const start: Point = [-8, 1.5];

/** Positions of every racer after `steps` steps of a fresh race; disposes the race. */
async function racePositions(
  config: ConstructorParameters<typeof Race>[0],
  steps: number,
): Promise<Map<RacerName, Point>> {
  const race = new Race(config);
  try {
    for (let i = 0; i < steps; i++) await race.step(1);
    return new Map(race.runners.map((r) => [r.racer, [r.xs[steps], r.ys[steps]] as Point]));
  } finally {
    race.dispose();
  }
}

describe('optimizer race: the first step of each TF.js optimizer, by hand', () => {
  // g = ∇f(−8, 1.5) = (1·(−8), 25·1.5) = (−8, 37.5); η = 0.07, μ = ρ = β₁ = 0.9, β₂ = 0.999, λ = 0.1, ε = 1e-7.
  const g: Point = [-8, 37.5];
  const sign: Point = [-1, 1];
  const expected: Record<RacerName, Point> = {
    // θ − ηg = (−8 + 0.56, 1.5 − 2.625)
    sgd: [-7.44, -1.125],
    // TF.js momentum: v₁ = μ·0 + g = g (no (1 − μ) factor), so step 1 equals SGD's.
    momentum: [-7.44, -1.125],
    // s₁ = (1 − ρ)g²; Δ = −ηg/√(s₁ + ε) ≈ −η·sign(g)/√0.1 = ∓0.221359 (ε inside the root, negligible here).
    rmsprop: [-8 + lr / Math.sqrt(0.1), 1.5 - lr / Math.sqrt(0.1)],
    // m̂₁ = g, v̂₁ = g²: Δ = −ηg/(|g| + ε) ≈ −η·sign(g) = ∓0.07.
    adam: [-7.93, 1.43],
    // θ − ηλθ − η·sign(g): x = −8 + 0.056 + 0.07, y = 1.5 − 0.0105 − 0.07.
    adamw: [-7.874, 1.4195],
    // m₁ = 0.1g, v₁ = 0.001g²: Δ = −η·0.1/√0.001·sign(g) = ∓0.07·3.16228 = ∓0.221359.
    'adam-uncorrected': [-8 + (lr * 0.1) / Math.sqrt(0.001), 1.5 - (lr * 0.1) / Math.sqrt(0.001)],
  };

  it('pins the hand-computed numbers to the formulas (float64)', () => {
    expect(valley.gradient(...start)).toEqual(g);
    expect(expected.rmsprop[0]).toBeCloseTo(-7.778641, 6);
    expect(expected['adam-uncorrected'][1]).toBeCloseTo(1.278641, 6);
    for (const racer of RACER_NAMES) {
      const { explanation } = referenceStep(racer, initialReferenceState, start, g, h);
      expect(explanation.after[0]).toBeCloseTo(expected[racer][0], 6);
      expect(explanation.after[1]).toBeCloseTo(expected[racer][1], 6);
      expect(Math.sign(explanation.delta[0])).toBe(-sign[0]);
    }
  });

  it.each(RACER_NAMES)('%s: TF.js on tf.variables takes exactly that step', async (racer) => {
    const after = await racePositions({ surface: 'valley', racers: [racer], hyperparameters: h, start }, 1);
    const [x, y] = after.get(racer)!;
    expect(x).toBeCloseTo(expected[racer][0], 5);
    expect(y).toBeCloseTo(expected[racer][1], 5);
  });

  it('momentum’s second step uses the velocity v₂ = μ·g₁ + g₂', async () => {
    const g2 = valley.gradient(-7.44, -1.125); // (−7.44, −28.125)
    const v2: Point = [0.9 * g[0] + g2[0], 0.9 * g[1] + g2[1]];
    const after = await racePositions({ surface: 'valley', racers: ['momentum'], hyperparameters: h, start }, 2);
    const [x, y] = after.get('momentum')!;
    expect(x).toBeCloseTo(-7.44 - lr * v2[0], 5); // −7.44 + 0.07·14.64 = −6.4152
    expect(y).toBeCloseTo(-1.125 - lr * v2[1], 5); // −1.125 − 0.07·5.625 = −1.51875
  });

  it('without bias correction the first step is (1 − β₁)/√(1 − β₂) ≈ 3.16 × Adam’s', () => {
    const corrected = referenceStep('adam', initialReferenceState, start, g, h).explanation.delta;
    const uncorrected = referenceStep('adam-uncorrected', initialReferenceState, start, g, h).explanation.delta;
    expect(uncorrected[1] / corrected[1]).toBeCloseTo(0.1 / Math.sqrt(0.001), 5);
    expect(uncorrected[1] / corrected[1]).toBeCloseTo(3.1623, 4);
  });
});

describe('optimizer race: TF.js follows the written-out rules step after step', () => {
  it.each(SURFACE_IDS)('%s: 40 steps of every racer agree with the float64 formulas', async (id) => {
    const surface = SURFACES[id];
    const hyper = { ...defaultHyperparameters, learningRate: surface.learningRate };
    const race = new Race({ surface: id, racers: RACER_NAMES, hyperparameters: hyper });
    try {
      await race.step(40);
      for (const r of race.runners) {
        let state = initialReferenceState;
        let p: Point = surface.start;
        for (let t = 1; t < r.xs.length; t++) {
          const { explanation, next } = referenceStep(r.racer, state, p, surface.gradient(...p), hyper);
          const scale = Math.max(1, Math.abs(explanation.delta[0]), Math.abs(explanation.delta[1]));
          // Library step vs formula step from the same float32 point: agree to float32 precision.
          expect(Math.abs(r.xs[t] - explanation.after[0]) / scale).toBeLessThan(2e-4);
          expect(Math.abs(r.ys[t] - explanation.after[1]) / scale).toBeLessThan(2e-4);
          state = next;
          p = [r.xs[t], r.ys[t]];
        }
        expect(r.lastStep?.t).toBe(r.xs.length - 1);
      }
    } finally {
      race.dispose();
    }
  });
});

describe('optimizer race: the surfaces', () => {
  const points: Point[] = [
    [-1.3, 0.7],
    [0.4, -1.1],
    [2.2, 0.3],
    [0.9, 1.6],
  ];

  it.each(SURFACE_IDS)('%s: analytic gradient = finite differences = tf.grads', (id) => {
    const surface = SURFACES[id];
    const before = tf.memory().numTensors;
    const f = SURFACE_TENSORS[id];
    const grads = tf.grads((x: tf.Tensor, y: tf.Tensor) => f(x as tf.Scalar, y as tf.Scalar));
    for (const [x, y] of points) {
      const analytic = surface.gradient(x, y);
      const numeric = numericGradient(surface, x, y);
      const scale = Math.max(1, Math.abs(analytic[0]), Math.abs(analytic[1]));
      expect(Math.abs(analytic[0] - numeric[0]) / scale).toBeLessThan(1e-6);
      expect(Math.abs(analytic[1] - numeric[1]) / scale).toBeLessThan(1e-6);
      const [gx, gy] = tf.tidy(() => grads([tf.scalar(x), tf.scalar(y)]).map((t) => t.arraySync() as number));
      expect(Math.abs(gx - analytic[0]) / scale).toBeLessThan(1e-5);
      expect(Math.abs(gy - analytic[1]) / scale).toBeLessThan(1e-5);
      const value = tf.tidy(() => f(tf.scalar(x), tf.scalar(y)).arraySync());
      expect(value).toBeCloseTo(surface.value(x, y), 3);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('Rosenbrock has its minimum 0 at (1, 1), Beale at (3, 0.5), the valley at (0, 0)', () => {
    for (const id of ['rosenbrock', 'beale', 'valley'] as const) {
      const surface = SURFACES[id];
      const [x, y] = surface.minimum!;
      expect(surface.value(x, y)).toBe(0);
      expect(surface.gradient(x, y).map(Math.abs)).toEqual([0, 0]);
      for (const [dx, dy] of [
        [1e-3, 0],
        [-1e-3, 0],
        [0, 1e-3],
        [0, -1e-3],
        [1e-3, 1e-3],
      ]) {
        expect(surface.value(x + dx, y + dy)).toBeGreaterThan(0);
      }
    }
    expect(SURFACES.rosenbrock.minimum).toEqual([1, 1]);
  });

  it('the saddle has zero gradient at the origin, a minimum along x and a maximum along y', () => {
    const { saddle } = SURFACES;
    expect(saddle.gradient(0, 0).map(Math.abs)).toEqual([0, 0]);
    expect(saddle.value(0.1, 0)).toBeGreaterThan(0);
    expect(saddle.value(0, 0.1)).toBeLessThan(0);
    expect(saddle.minimum).toBeNull();
  });

  it('every start point lies on the map and the valley is elongated (condition number 25)', () => {
    for (const id of SURFACE_IDS) {
      const { start, domain } = SURFACES[id];
      expect(start[0]).toBeGreaterThan(domain.x[0]);
      expect(start[0]).toBeLessThan(domain.x[1]);
      expect(start[1]).toBeGreaterThan(domain.y[0]);
      expect(start[1]).toBeLessThan(domain.y[1]);
      expect(outOfBounds(SURFACES[id], ...start)).toBe(false);
    }
    const [gx, gy] = valley.gradient(1, 1);
    expect(gy / gx).toBe(25);
  });
});

describe('optimizer race: the Race', () => {
  it('frees every variable and optimizer: the tensor count returns to its baseline', async () => {
    const before = tf.memory().numTensors;
    const race = new Race({ surface: 'beale', racers: RACER_NAMES, hyperparameters: defaultHyperparameters });
    await race.step(5);
    const during = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) await race.step(3);
    expect(tf.memory().numTensors).toBe(during); // flat while racing
    race.dispose();
    race.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await expect(race.step()).rejects.toThrow(/disposed/);
  });

  it('reads positions back asynchronously: no dataSync while stepping', async () => {
    const dataSync = vi.spyOn(tf.Tensor.prototype, 'dataSync');
    const race = new Race({ surface: 'rosenbrock', racers: RACER_NAMES, hyperparameters: defaultHyperparameters });
    await race.step(10);
    race.dispose();
    expect(dataSync).not.toHaveBeenCalled();
    expect(race.steps).toBe(10);
  });

  it('on the saddle, racers leave the map and stop; the race is then done', async () => {
    const saddle = SURFACES.saddle;
    const race = new Race({
      surface: 'saddle',
      racers: ['sgd', 'adam'],
      hyperparameters: { ...defaultHyperparameters, learningRate: 0.2 },
    });
    try {
      while (!race.done) await race.step(25);
      expect(race.runners.every((r) => r.status === 'left')).toBe(true);
      expect(race.steps).toBeLessThan(saddle.maxSteps);
      for (const r of race.runners) expect(r.losses.at(-1)).toBeLessThan(-10);
    } finally {
      race.dispose();
    }
  });

  it('stops at the surface’s step limit and records one point and one loss per step', async () => {
    const race = new Race({ surface: 'valley', racers: ['sgd', 'momentum'], hyperparameters: h });
    try {
      await race.step(valley.maxSteps + 50);
      expect(race.steps).toBe(valley.maxSteps);
      expect(race.done).toBe(true);
      for (const r of race.runners) {
        expect(r.xs).toHaveLength(valley.maxSteps + 1);
        expect(r.losses).toHaveLength(valley.maxSteps + 1);
        expect(r.losses.at(-1)).toBeLessThan(1e-6);
      }
    } finally {
      race.dispose();
    }
  });

  it('AdamW here decays both coordinates; the optimizers are TF.js’s own classes', () => {
    const optimizers = RACER_NAMES.map((name) => createRacerOptimizer(name, defaultHyperparameters));
    expect(optimizers.map((o) => o.constructor.name)).toEqual([
      'SGDOptimizer',
      'MomentumOptimizer',
      'RMSPropOptimizer',
      'AdamOptimizer',
      'AdamWOptimizer',
      'UncorrectedAdamOptimizer',
    ]);
    expect(optimizers[2]).toBeInstanceOf(tf.RMSPropOptimizer);
    expect(optimizers[4]).toBeInstanceOf(tf.AdamOptimizer);
    optimizers.forEach((o) => o.dispose());
  });
});
