import { describe, expect, it } from 'vitest';
import type { ArmResult } from '../../src/ml/transfer/experiment';
import { defaultTransferSettings, toConfig } from '../../src/widgets/transfer-lab/Settings';
import { initialView, latestByArm, reduce } from '../../src/widgets/transfer-lab/state';

const result = (arm: ArmResult['arm'], k: number, accuracy: number): ArmResult => ({
  arm,
  k,
  accuracy,
  trainableParams: 1,
  before: arm === 'scratch' ? null : 0.98,
  after: arm === 'scratch' ? null : 0.9,
  forgetting: arm === 'scratch' ? null : 0.08,
  steps: 150,
});

describe('transfer lab view', () => {
  it('tracks runs, per-arm losses by step and results; a new experiment starts over', () => {
    let view = reduce(initialView, { type: 'state', state: 'training', job: 'finetune' });
    view = reduce(view, {
      type: 'experiment',
      event: { type: 'run-start', arm: 'probe', k: 10, trainableParams: 1285, index: 0, total: 2 },
    });
    const batch = (step: number, loss: number) =>
      reduce(view, {
        type: 'experiment',
        event: {
          type: 'training',
          arm: 'probe',
          k: 10,
          event: {
            type: 'batch',
            epoch: 1,
            batch: step,
            batchesPerEpoch: 2,
            step,
            loss,
            accuracy: 0.5,
            examplesPerSecond: 1,
          },
        },
      });
    view = batch(1, 1.6);
    view = batch(2, 1.2);
    expect(view.losses.probe).toEqual([1.6, 1.2]);
    expect(view.current).toMatchObject({ arm: 'probe', step: 2 });
    expect(view.params.probe).toBe(1285);
    view = reduce(view, { type: 'experiment', event: { type: 'run-result', result: result('probe', 10, 0.87) } });
    view = reduce(view, { type: 'state', state: 'done' });
    expect(view.state).toBe('done');
    expect(view.current).toMatchObject({ step: 2 });
    expect(reduce(view, { type: 'state', state: 'ready' }).current).toBeUndefined();
    expect(latestByArm(view.results).probe?.accuracy).toBe(0.87);
    view = reduce(view, {
      type: 'experiment',
      event: { type: 'run-start', arm: 'scratch', k: 5, trainableParams: 20197, index: 0, total: 1 },
    });
    expect(view.results).toEqual([]);
    expect(view.losses).toEqual({ scratch: [] });
    expect(reduce(view, { type: 'results-cleared' }).losses).toEqual({});
  });

  it('keeps the latest result per arm, and a sweep runs every K', () => {
    const latest = latestByArm([result('lora', 5, 0.7), result('lora', 10, 0.8), result('scratch', 5, 0.6)]);
    expect(latest.lora?.k).toBe(10);
    expect(latest.scratch?.accuracy).toBe(0.6);
    expect(toConfig(defaultTransferSettings).ks).toEqual([10]);
    expect(toConfig({ ...defaultTransferSettings, sweep: true }).ks).toEqual([5, 10, 50, 100, 500]);
    expect(toConfig({ ...defaultTransferSettings, arms: ['lora', 'scratch'] }).arms).toEqual(['scratch', 'lora']);
  });
});
