import { describe, expect, it } from 'vitest';
import type { ModelInfo } from '../../src/widgets/sentiment-lab/protocol';
import { recentSpeed } from '../../src/widgets/sentiment-lab/speed';
import { initialView, reduce, type SentimentLabView } from '../../src/widgets/sentiment-lab/state';
import { defaultSentimentLabConfig } from '../../src/widgets/sentiment-lab/config';

const model: ModelInfo = {
  summary: { layers: [], totalParams: 160_433, trainableParams: 160_433 },
  config: defaultSentimentLabConfig,
  source: { kind: 'imdb' },
  vocabularySize: 10_000,
  loaded: false,
};
const counts = { train: 25_000, validation: 2_500, test: 22_082 };
const apply = (view: SentimentLabView, ...actions: Parameters<typeof reduce>[1][]) => actions.reduce(reduce, view);

describe('the sentiment lab view', () => {
  it('is loading, then idle with a model and no data, then loading on Train, then ready once the data are in', () => {
    let view = apply(
      initialView,
      { type: 'model', model },
      { type: 'data', data: { source: { kind: 'imdb' }, counts: null } },
    );
    expect(view.state).toBe('idle');
    view = reduce(view, { type: 'started' });
    expect(view.state).toBe('loading');
    view = reduce(view, { type: 'progress', loaded: 10, total: 100 });
    expect(view.download).toEqual({ loaded: 10, total: 100 });
    view = reduce(view, { type: 'data', data: { source: { kind: 'imdb' }, counts } });
    expect(view.state).toBe('ready');
    view = reduce(view, { type: 'training', event: { type: 'state', state: 'training', previous: 'idle' } });
    expect(view.state).toBe('training');
    // Stopped maps to ready (the contract has no "stopped").
    view = reduce(view, { type: 'training', event: { type: 'state', state: 'stopped', previous: 'training' } });
    expect(view.state).toBe('ready');
  });

  it('a failed download returns to idle with the error; a new model clears curves and results', () => {
    let view = apply(
      initialView,
      { type: 'model', model },
      { type: 'started' },
      { type: 'error', message: 'HTTP 404' },
    );
    expect(view.state).toBe('idle');
    expect(view.error).toBe('HTTP 404');
    view = apply(
      view,
      { type: 'cleared' },
      {
        type: 'training',
        event: {
          type: 'batch',
          epoch: 1,
          batch: 1,
          batchesPerEpoch: 9,
          step: 1,
          loss: 0.7,
          accuracy: 0.5,
          examplesPerSecond: 9,
        },
      },
    );
    expect(view.error).toBeUndefined();
    expect(view.batches).toHaveLength(1);
    expect(reduce(view, { type: 'model', model }).batches).toEqual([]);
  });

  it('an error before any model is an error state; a stale analysis never replaces a newer one', () => {
    expect(reduce(initialView, { type: 'error', message: 'no WebGL' }).state).toBe('error');
    const analysis = (id: number) => ({
      type: 'analysis' as const,
      id,
      analysis: { probability: id / 10, cleaned: '', tokens: [] },
    });
    const view = apply(initialView, analysis(3), analysis(2));
    expect(view.analysis?.id).toBe(3);
  });
});

describe('a second run on the same model', () => {
  it('continues the step and epoch counts where the first run ended', () => {
    const batch = (step: number, epoch: number) =>
      ({
        type: 'training',
        event: {
          type: 'batch',
          epoch,
          batch: step,
          batchesPerEpoch: 9,
          step,
          loss: 1,
          accuracy: 0,
          examplesPerSecond: 1,
        },
      }) as const;
    const state = (next: 'training' | 'done', previous: 'idle' | 'training') =>
      ({ type: 'training', event: { type: 'state', state: next, previous } }) as const;
    const view = apply(
      initialView,
      { type: 'model', model },
      state('training', 'idle'),
      batch(1, 1),
      batch(2, 1),
      state('done', 'training'),
      state('training', 'idle'),
      batch(1, 1),
    );
    expect(view.batches.map((b) => [b.step, b.epoch])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
    expect(reduce(view, { type: 'model', model }).offset).toBeUndefined();
  });
});

describe('the speed shown', () => {
  it('is total examples over total time, so a burst of read-backs does not inflate it', () => {
    const batch = (examplesPerSecond: number) =>
      ({
        type: 'batch',
        epoch: 1,
        batch: 1,
        batchesPerEpoch: 9,
        step: 1,
        loss: 1,
        accuracy: 0,
        examplesPerSecond,
      }) as const;
    // Two batches of 32 taking 1 s each, then two arriving together (0.001 s apart).
    const speed = recentSpeed([batch(32), batch(32), batch(32), batch(32_000)], 32);
    expect(speed).toBeCloseTo((4 * 32) / 3.001, 6);
    expect(recentSpeed([], 32)).toBeUndefined();
  });
});
