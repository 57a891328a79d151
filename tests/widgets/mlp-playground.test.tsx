import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/lib/random';
import { generateToy, splitPoints } from '../../src/ml/data/toy2d';
import { weightLabel } from '../../src/ml/playground/layout';
import type { Snapshot } from '../../src/ml/playground/session';
import {
  ACTIVATIONS,
  BACKEND_CHOICES,
  DATA_CHOICES,
  DEFAULT_SETUP,
  OPTIMIZERS,
  PLAYGROUND_LOSSES,
  SCHEDULES,
  type PlaygroundSetup,
} from '../../src/ml/playground/setup';
import { Lab } from '../../src/widgets/Lab';
import { BackendPanel } from '../../src/widgets/mlp-playground/BackendPanel';
import { DataPanel } from '../../src/widgets/mlp-playground/DataPanel';
import {
  divergingColor,
  hitWeight,
  NEGATIVE,
  networkLayout,
  POSITIVE,
  weightSegment,
} from '../../src/widgets/mlp-playground/draw';
import { Metrics } from '../../src/widgets/mlp-playground/Metrics';
import { NetworkPanel } from '../../src/widgets/mlp-playground/NetworkPanel';
import { initialSetup, MLP_PRESETS, presetSetup } from '../../src/widgets/mlp-playground/presets';
import type { Frame } from '../../src/widgets/mlp-playground/protocol';
import { appendHistory, initialView, MAX_HISTORY, reduce } from '../../src/widgets/mlp-playground/state';
import { StepInspector } from '../../src/widgets/mlp-playground/StepInspector';
import { TrainingPanel } from '../../src/widgets/mlp-playground/TrainingPanel';
import { decodeSetup, encodeSetup, URL_KEYS } from '../../src/widgets/mlp-playground/url-state';
import { accessibilityProblems, textOf } from './html';

/** A random valid setup (every field drawn from its allowed values or range). */
function randomSetup(seed: number): PlaygroundSetup {
  const rng = mulberry32(seed);
  const pick = <T,>(options: readonly T[]) => options[Math.floor(rng() * options.length)];
  const int = (low: number, high: number) => low + Math.floor(rng() * (high - low + 1));
  return {
    data: pick(DATA_CHOICES.filter((d) => d !== 'csv')),
    points: int(10, 2000),
    noise: rng() * 0.5,
    trainFraction: 0.1 + rng() * 0.8,
    dataSeed: int(0, 2 ** 32 - 1),
    layers: Array.from({ length: int(0, 6) }, () => int(1, 8)),
    activation: pick(ACTIVATIONS),
    loss: pick(PLAYGROUND_LOSSES),
    optimizer: pick(OPTIMIZERS),
    learningRate: 10 ** (-5 + rng() * 6),
    schedule: pick(SCHEDULES),
    batchSize: int(1, 2000),
    l1: rng() < 0.5 ? 0 : rng() * 0.1,
    l2: rng() < 0.5 ? 0 : rng() * 0.1,
    dropout: rng() * 0.5,
    steps: int(1, 100_000),
    seed: int(0, 2 ** 32 - 1),
    backend: pick(BACKEND_CHOICES),
  };
}

describe('the playground setup in the URL (url-state.ts)', () => {
  it('round-trips the defaults, every preset and 300 random valid setups exactly', () => {
    const setups = [
      DEFAULT_SETUP,
      ...Object.keys(MLP_PRESETS).map(presetSetup),
      ...Array.from({ length: 300 }, (_, i) => randomSetup(i + 1)),
    ];
    for (const setup of setups) {
      const decoded = decodeSetup(encodeSetup(setup));
      expect(decoded.problems).toEqual([]);
      expect(decoded.present).toBe(true);
      expect(decoded.setup).toEqual(setup);
    }
  });

  it('writes every field under a short, stable key', () => {
    expect(encodeSetup(DEFAULT_SETUP)).toBe(
      'data=xor&n=500&noise=0.1&train=0.5&dseed=1&layers=8-8&act=relu&loss=bce&opt=adam&lr=0.01&sched=constant&batch=32&l1=0&l2=0&drop=0&steps=2000&seed=1&backend=auto',
    );
    expect(encodeSetup({ ...DEFAULT_SETUP, layers: [] })).toContain('layers=none');
    expect(Object.keys(URL_KEYS)).toHaveLength(Object.keys(DEFAULT_SETUP).length);
  });

  it('keeps the base for missing keys and reports, without throwing, every value it ignores', () => {
    const base = presetSetup('overfitting');
    expect(decodeSetup('', base)).toEqual({ setup: base, problems: [], present: false });
    const decoded = decodeSetup('?data=spiral&layers=8-9&lr=abc&act=gelu&batch=3.5&noise=2&seed=-1', base);
    expect(decoded.setup).toEqual({ ...base, data: 'spiral' });
    expect(decoded.problems).toEqual([
      '“noise=2” was ignored: it must be between 0 and 0.5.',
      '“layers=8-9” was ignored: it must be "none" or widths 1–8 joined by "-", e.g. 8-8.',
      '“act=gelu” was ignored: it must be one of relu, tanh, sigmoid, linear.',
      '“lr=abc” was ignored: it is not a number.',
      '“batch=3.5” was ignored: it must be a whole number.',
      '“seed=-1” was ignored: it must be between 0 and 4294967295.',
    ]);
    expect(decodeSetup('layers=8-8-8-8-8-8-8').problems[0]).toMatch(/at most 6 hidden layers/);
  });

  it('says that an uploaded CSV cannot travel in a link', () => {
    const decoded = decodeSetup(encodeSetup({ ...DEFAULT_SETUP, data: 'csv' }));
    expect(decoded.setup.data).toBe(DEFAULT_SETUP.data);
    expect(decoded.problems).toEqual([
      'This link was made with an uploaded CSV, which a link cannot carry: upload the file again.',
    ]);
  });

  it('starts from the preset, overridden by the query; an unknown preset says so', () => {
    expect(initialSetup('overfitting', '').setup).toEqual(presetSetup('overfitting'));
    expect(initialSetup('overfitting', '?l2=0.01').setup).toEqual({ ...presetSetup('overfitting'), l2: 0.01 });
    expect(initialSetup('nope', '')).toEqual({
      setup: DEFAULT_SETUP,
      problems: ['Unknown preset “nope”: starting from the defaults.'],
    });
  });
});

function frame(step: number, trainLoss: number, generation = 1): { type: 'frame'; frame: Frame; generation: number } {
  const snapshot: Snapshot = {
    step,
    epoch: step / 8,
    learningRate: 0.01,
    finished: false,
    trainLoss,
    testLoss: trainLoss + 0.1,
    trainAccuracy: 0.5,
    testAccuracy: 0.5,
    output: new Float32Array(0),
    neurons: new Float32Array(0),
    weights: new Float32Array(0),
  };
  return { type: 'frame', frame: { snapshot, stepsPerSecond: 100, numTensors: 27 }, generation };
}

describe('the playground view (state.ts)', () => {
  it('starts a new curve for each network and ignores messages of older ones', () => {
    let view = reduce(initialView, { type: 'ready', sizes: [2, 8, 1], parameters: 33, generation: 1 });
    view = reduce(view, { type: 'state', state: 'ready', generation: 1 });
    view = reduce(view, { type: 'many', messages: [frame(0, 0.7), frame(10, 0.6), frame(10, 0.6)] });
    expect(view.state).toBe('ready');
    expect(view.history.epoch).toEqual([0, 1.25]);
    view = reduce(view, { type: 'ready', sizes: [2, 4, 1], parameters: 17, generation: 2 });
    view = reduce(view, frame(20, 0.5, 1));
    view = reduce(view, { type: 'state', state: 'training', generation: 1 });
    expect(view.history.epoch).toEqual([]);
    expect(view.state).toBe('ready');
    expect(view.sizes).toEqual([2, 4, 1]);
  });

  it('thins long curves to at most MAX_HISTORY points, keeping the first and the latest', () => {
    let history = initialView.history;
    for (let step = 0; step <= 2 * MAX_HISTORY; step++)
      history = appendHistory(history, frame(step, 1 / (step + 1)).frame);
    expect(history.epoch.length).toBeLessThanOrEqual(MAX_HISTORY);
    expect(history.epoch[0]).toBe(0);
    expect(history.epoch.at(-1)).toBe((2 * MAX_HISTORY) / 8);
    expect(history.train).toHaveLength(history.epoch.length);
  });

  it('shows an error in place of a lab that never started, and keeps a running one running', () => {
    expect(reduce(initialView, { type: 'error', message: 'no backend' })).toMatchObject({
      state: 'error',
      error: 'no backend',
    });
    const running = { ...initialView, state: 'training' as const, sizes: [2, 1] };
    expect(reduce(running, { type: 'error', message: 'x' }).state).toBe('training');
  });
});

describe('drawing helpers (draw.ts)', () => {
  it('colours −1 orange, +1 blue, 0 pale grey, and clamps', () => {
    expect(divergingColor(-1)).toEqual([...NEGATIVE]);
    expect(divergingColor(1)).toEqual([...POSITIVE]);
    expect(divergingColor(5)).toEqual([...POSITIVE]);
    expect(divergingColor(0)).toEqual([236, 238, 240]);
    expect(divergingColor(NaN)).toEqual([236, 238, 240]);
  });

  it('lays the network out in columns and finds the weight whose line is clicked', () => {
    const sizes = [2, 8, 4, 1];
    const layout = networkLayout(sizes);
    expect(layout.positions.map((column) => column.length)).toEqual(sizes);
    // A click 30 % of the way along each line (lines cross near the middle) finds that line.
    for (let layer = 0; layer < sizes.length - 1; layer++) {
      for (let from = 0; from < sizes[layer]; from++) {
        for (let to = 0; to < sizes[layer + 1]; to++) {
          const [a, b] = weightSegment(layout, layer, from, to);
          const click = { x: a.x + 0.3 * (b.x - a.x), y: a.y + 0.3 * (b.y - a.y) };
          expect(hitWeight(layout, sizes, click)).toEqual({ layer, from, to });
        }
      }
    }
    expect(hitWeight(layout, sizes, { x: -50, y: -50 })).toBeUndefined();
    expect(weightLabel(sizes, { layer: 0, from: 1, to: 7 })).toBe('w(x2 → h1.8)');
    expect(weightLabel(sizes, { layer: 2, from: 3, to: 0 })).toBe('w(h2.4 → out)');
  });
});

describe('the playground panels (server render)', () => {
  const noop = () => undefined;

  it('labels every control, with "Upload CSV" for the file input', () => {
    const html = renderToString(
      <>
        <DataPanel setup={DEFAULT_SETUP} onChange={noop} onCsv={noop} />
        <NetworkPanel setup={DEFAULT_SETUP} onChange={noop} parameters={105} />
        <TrainingPanel setup={DEFAULT_SETUP} onChange={noop} />
        <BackendPanel choice="auto" onChange={noop} benchRunning={false} onBench={noop} busy={false} />
        <StepInspector
          sizes={[2, 8, 8, 1]}
          selected={{ layer: 0, from: 0, to: 0 }}
          onSelect={noop}
          setup={DEFAULT_SETUP}
        />
      </>,
    );
    expect(accessibilityProblems(html)).toEqual([]);
    expect(html).toMatch(/<label for="[^"]+">Upload CSV<\/label><input id="[^"]+" type="file"/);
    const text = textOf(html);
    for (const label of [
      'Dataset',
      'Noise',
      'Training share',
      'Activation',
      'Optimizer',
      'Learning rate',
      'Schedule',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('105 parameters');
    expect(html.match(/<option /g)?.length).toBeGreaterThan(50);
    expect(html).toContain('aria-label="Add a hidden layer"');
  });

  it('offers only MSE for regression, and explains why', () => {
    const html = renderToString(<TrainingPanel setup={{ ...DEFAULT_SETUP, data: 'curve' }} onChange={noop} />);
    expect(html).toMatch(/<option value="bce" disabled="">binary cross-entropy<\/option>/);
    expect(textOf(html)).toContain('the loss is MSE');
  });

  it('prints the metrics of the lab contract as plain numbers', () => {
    const html = renderToString(
      <Metrics frame={frame(80, 0.25).frame} fps={30} totalSteps={2000} task="classification" />,
    );
    for (const [name, value] of [
      ['epoch', '10.0'],
      ['step', '80'],
      ['train-loss', '0.2500'],
      ['test-loss', '0.3500'],
      ['test-accuracy', '0.500'],
      ['learning-rate', '0.01'],
      ['steps-per-second', '100'],
      ['fps', '30'],
    ]) {
      expect(html).toContain(`data-metric="${name}">${value}<`);
    }
  });

  it('renders the registered lab as its placeholder on the server, preset and all', () => {
    const html = renderToString(<Lab name="mlp" preset="overfitting" />);
    expect(html).toContain('data-lab-placeholder="mlp"');
    expect(textOf(html)).toContain('MLP playground');
  });

  it('uses points the generators and splitter make (smoke test of the data path)', () => {
    const split = splitPoints(generateToy('spiral', { count: 100, noise: 0.1, seed: 1 }), 0.5, 1);
    expect(split.train.count + split.test.count).toBe(100);
  });
});
