import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultHyperparameters } from '../../src/ml/optimizer-race/racers';
import type { RaceConfig } from '../../src/ml/optimizer-race/race';
import { mergeRunners, type Trajectory } from '../../src/widgets/optimizer-race/client';
import { RaceEngine } from '../../src/widgets/optimizer-race/engine';
import type { RaceUpdate } from '../../src/widgets/optimizer-race/protocol';
import { initNodeBackend } from '../helpers/ml';

beforeAll(async () => {
  await initNodeBackend('cpu');
});

const config: RaceConfig = {
  surface: 'valley',
  racers: ['sgd', 'adam'],
  hyperparameters: { ...defaultHyperparameters, learningRate: 0.07 },
};

/** An engine in Node (cpu backend, frames = macrotasks) and everything it posts. */
function engine() {
  const updates: RaceUpdate[] = [];
  const e = new RaceEngine(
    (u) => updates.push(u),
    () => new Promise((resolve) => setTimeout(resolve, 0)),
  );
  const last = () => updates[updates.length - 1];
  const until = async (done: (u: RaceUpdate) => boolean) => {
    for (let i = 0; i < 2000 && !(updates.length && done(last())); i++) await new Promise((r) => setTimeout(r, 0));
    expect(done(last())).toBe(true);
  };
  return { e, updates, last, until };
}

describe('the race worker’s engine (cpu backend)', () => {
  it('configures, steps once into "paused", trains to the step limit, and posts only new points', async () => {
    const { e, updates, last, until } = engine();
    const before = tf.memory().numTensors;
    e.handle({ type: 'configure', config, backend: 'cpu' });
    await until((u) => u.state === 'ready');
    expect(last().backend).toBe('cpu');
    const baseline = last().numTensors;

    e.handle({ type: 'step' });
    await until((u) => u.state === 'paused');
    expect(last().steps).toBe(1);
    const sgd = last().runners[0];
    expect(sgd.from).toBe(1);
    expect(sgd.xs[0]).toBeCloseTo(-7.44, 5);
    expect(sgd.lastStep?.delta[1]).toBeCloseTo(-2.625, 10);

    e.handle({ type: 'speed', stepsPerFrame: 50 });
    e.handle({ type: 'resume' });
    await until((u) => u.state === 'done');
    expect(last().steps).toBe(300);

    // Merging every update rebuilds the whole trajectories, start included.
    const store = new Map<string, Trajectory>();
    let merged = mergeRunners(store, []);
    for (const u of updates) merged = mergeRunners(store, u.runners);
    expect(merged.map((r) => r.count)).toEqual([301, 301]);
    expect(merged[0].xs[0]).toBe(-8);
    expect(merged[0].xs[1]).toBeCloseTo(-7.44, 5);
    expect(merged[0].loss).toBeLessThan(1e-6);

    e.handle({ type: 'reset' });
    await until((u) => u.state === 'ready' && u.steps === 0);
    expect(last().numTensors).toBe(baseline);
    expect(last().runners.every((r) => r.from === 0 && r.xs.length === 1)).toBe(true);

    // A new config while training: the new race trains too; Pause, then Stop.
    e.handle({ type: 'speed', stepsPerFrame: 1 });
    e.handle({ type: 'train' });
    await until((u) => u.state === 'training');
    e.handle({ type: 'configure', config: { ...config, surface: 'rosenbrock' }, backend: 'cpu' });
    await until((u) => u.state === 'training' && u.config?.surface === 'rosenbrock' && u.steps > 0);
    e.handle({ type: 'pause' });
    await until((u) => u.state === 'paused');
    e.handle({ type: 'stop' });
    await until((u) => u.state === 'done');

    e.handle({ type: 'reset' });
    await until((u) => u.state === 'ready');
    expect(last().numTensors).toBe(baseline);
    expect(baseline).toBeGreaterThan(before);
  });
});
