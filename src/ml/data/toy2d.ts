/**
 * Small synthetic datasets for the MLP playground: five 2-D classification sets (circle, XOR,
 * two Gaussians, spiral, moons) and two 1-D sets (the seeds' ten points x = 0.1 … 1.0 with
 * alternating labels, and a noisy regression curve). Every generator is pure and seeded: the
 * same name, size, noise and seed give the same points on every machine.
 *
 * Coordinates of the 2-D sets lie in (about) [−1, 1]², a good input range for a small network.
 * Classification labels are 0 and 1, and every 2-D set has exactly ⌊n/2⌋ points of class 0 and
 * ⌈n/2⌉ of class 1.
 */
import { mulberry32, permutation, type Rng } from '../../lib/random';
import { stratifiedSplit } from './split';

export type Toy2dName = 'circle' | 'xor' | 'gaussians' | 'spiral' | 'moons';
export type Toy1dName = 'seed10' | 'curve';
export type ToyName = Toy2dName | Toy1dName;

export const TOY_2D_NAMES: readonly Toy2dName[] = ['circle', 'xor', 'gaussians', 'spiral', 'moons'];
export const TOY_1D_NAMES: readonly Toy1dName[] = ['seed10', 'curve'];
export const TOY_NAMES: readonly ToyName[] = [...TOY_2D_NAMES, ...TOY_1D_NAMES];

export const TOY_LABELS: Record<ToyName, string> = {
  circle: 'Circle',
  xor: 'XOR',
  gaussians: 'Two Gaussians',
  spiral: 'Spiral',
  moons: 'Moons',
  seed10: '10 points (x = 0.1 … 1.0)',
  curve: 'Noisy curve (regression)',
};

/** What the network must predict: a class (0/1, sigmoid output) or a number (linear output). */
export type TaskKind = 'classification' | 'regression';

/** A set of labelled points. */
export interface PointSet {
  /** Input features per point: 2 for the plane, 1 for the line. */
  dims: 1 | 2;
  task: TaskKind;
  /** Row-major `count × dims` inputs. */
  xs: Float32Array;
  /** One target per point: 0/1 for classification, a number for regression. */
  ys: Float32Array;
  count: number;
  /**
   * The region to draw: `x` is the first feature's range; `y` is the second feature's range
   * (2-D sets) or the target's range (1-D sets, drawn as a curve).
   */
  domain: { x: [number, number]; y: [number, number] };
}

/** Options of a generator. */
export interface ToyOptions {
  /** Points to make (ignored by 'seed10', which always has 10). */
  count: number;
  /** 0 (clean) … 0.5 (very noisy): scales each set's own kind of noise. */
  noise: number;
  seed: number;
}

const PLANE: PointSet['domain'] = { x: [-1, 1], y: [-1, 1] };

/** A standard normal sample (Box–Muller). Advances `rng` twice. */
export function gaussian(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Builds a 2-D point set; `place(i, label)` returns the clean position of point i. */
function plane(
  count: number,
  rng: Rng,
  jitter: number,
  place: (i: number, label: number, half: number) => [number, number],
): PointSet {
  const xs = new Float32Array(count * 2);
  const ys = new Float32Array(count);
  const half = Math.floor(count / 2);
  for (let i = 0; i < count; i++) {
    // The first ⌊n/2⌋ points are class 0, the rest class 1: exactly balanced.
    const label = i < half ? 0 : 1;
    const [x, y] = place(label === 0 ? i : i - half, label, label === 0 ? half : count - half);
    xs[2 * i] = x + jitter * gaussian(rng);
    xs[2 * i + 1] = y + jitter * gaussian(rng);
    ys[i] = label;
  }
  return { dims: 2, task: 'classification', xs, ys, count, domain: PLANE };
}

function uniform(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng();
}

/**
 * Generates dataset `name`. Pure: the result depends only on the arguments.
 *
 * - circle: class 1 inside radius 0.45, class 0 on a ring 0.65–0.95; noise σ = 0.5·noise.
 * - xor: class 1 in the quadrants where x·y > 0; noise σ = 0.5·noise.
 * - gaussians: class 1 around (0.4, 0.4), class 0 around (−0.4, −0.4), σ = 0.12 + 0.6·noise.
 * - spiral: two interleaved arms of 1.75 turns; noise σ = 0.3·noise.
 * - moons: two interleaving half circles; noise σ = 0.4·noise.
 * - seed10: x = 0.1, 0.2, …, 1.0 with labels 0, 1, 0, 1, …; no noise.
 * - curve: y = 0.8·sin(πx) for x uniform in [−1, 1], plus Gaussian noise σ = noise.
 */
export function generateToy(name: ToyName, options: ToyOptions): PointSet {
  const rng = mulberry32(options.seed);
  const noise = Math.min(Math.max(options.noise, 0), 1);
  const count = Math.max(2, Math.floor(options.count));
  switch (name) {
    case 'circle':
      return plane(count, rng, 0.5 * noise, (_i, label) => {
        const r = label === 1 ? 0.45 * Math.sqrt(rng()) : uniform(rng, 0.65, 0.95);
        const angle = uniform(rng, 0, 2 * Math.PI);
        return [r * Math.cos(angle), r * Math.sin(angle)];
      });
    case 'xor':
      return plane(count, rng, 0.5 * noise, (_i, label) => {
        const sx = rng() < 0.5 ? -1 : 1;
        const sy = label === 1 ? sx : -sx;
        return [sx * uniform(rng, 0.05, 0.95), sy * uniform(rng, 0.05, 0.95)];
      });
    case 'gaussians': {
      const sigma = 0.12 + 0.6 * noise;
      return plane(count, rng, 0, (_i, label) => {
        const centre = label === 1 ? 0.4 : -0.4;
        return [centre + sigma * gaussian(rng), centre + sigma * gaussian(rng)];
      });
    }
    case 'spiral':
      return plane(count, rng, 0.3 * noise, (i, label, n) => {
        const t = i / Math.max(1, n);
        const r = 0.08 + 0.85 * t;
        const angle = 1.75 * 2 * Math.PI * t + label * Math.PI;
        return [r * Math.sin(angle), r * Math.cos(angle)];
      });
    case 'moons':
      return plane(count, rng, 0.4 * noise, (_i, label) => {
        const angle = uniform(rng, 0, Math.PI);
        const [x, y] = label === 0 ? [Math.cos(angle), Math.sin(angle)] : [1 - Math.cos(angle), 0.5 - Math.sin(angle)];
        return [0.6 * (x - 0.5), 0.6 * (y - 0.25)];
      });
    case 'seed10':
      return {
        dims: 1,
        task: 'classification',
        xs: Float32Array.from({ length: 10 }, (_, i) => (i + 1) / 10),
        ys: Float32Array.from({ length: 10 }, (_, i) => i % 2),
        count: 10,
        domain: { x: [0, 1.1], y: [-0.1, 1.1] },
      };
    case 'curve': {
      const xs = new Float32Array(count);
      const ys = new Float32Array(count);
      for (let i = 0; i < count; i++) {
        xs[i] = uniform(rng, -1, 1);
        ys[i] = 0.8 * Math.sin(Math.PI * xs[i]) + noise * gaussian(rng);
      }
      return { dims: 1, task: 'regression', xs, ys, count, domain: { x: [-1, 1], y: [-1.5, 1.5] } };
    }
  }
}

/** The points at `indices`, in that order (a new set with the same dims, task and domain). Pure. */
export function selectPoints(set: PointSet, indices: ArrayLike<number>): PointSet {
  const xs = new Float32Array(indices.length * set.dims);
  const ys = new Float32Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    for (let d = 0; d < set.dims; d++) xs[k * set.dims + d] = set.xs[i * set.dims + d];
    ys[k] = set.ys[i];
  }
  return { ...set, xs, ys, count: indices.length };
}

/** A train/test split of one point set. */
export interface PointSplit {
  train: PointSet;
  test: PointSet;
}

/**
 * Splits `set` into train and test parts, `trainFraction` of the points (rounded) for training.
 * Classification sets are stratified (each class in proportion, so both parts keep both
 * classes); each part has at least one point when the set has two or more. Pure and seeded.
 */
export function splitPoints(set: PointSet, trainFraction: number, seed: number): PointSplit {
  const fraction = Math.min(Math.max(trainFraction, 0), 1);
  const trainCount = Math.min(set.count - 1, Math.max(1, Math.round(set.count * fraction)));
  if (set.task === 'classification') {
    const split = stratifiedSplit(set.ys, { train: trainCount, test: set.count - trainCount }, seed);
    return { train: selectPoints(set, split.train), test: selectPoints(set, split.test) };
  }
  const order = permutation(set.count, mulberry32(seed));
  return {
    train: selectPoints(set, order.subarray(0, trainCount)),
    test: selectPoints(set, order.subarray(trainCount)),
  };
}

/** How many points carry each label (classification sets). */
export function labelCounts(set: PointSet): { zeros: number; ones: number } {
  let ones = 0;
  for (let i = 0; i < set.count; i++) if (set.ys[i] === 1) ones++;
  return { zeros: set.count - ones, ones };
}
