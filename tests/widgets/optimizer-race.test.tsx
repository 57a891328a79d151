import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  defaultHyperparameters,
  initialReferenceState,
  referenceStep,
  SURFACE_IDS,
  SURFACES,
  type Point,
  type RacerName,
} from '../../src/ml/optimizer-race';
import type { RunnerSnapshot } from '../../src/widgets/optimizer-race/client';
import { formatLoss, formatValue } from '../../src/widgets/optimizer-race/format';
import {
  heatmapPixels,
  INNER_HEIGHT,
  INNER_WIDTH,
  parseRgb,
  PLOT,
  plotScales,
  shadeGrid,
  trajectoryPath,
} from '../../src/widgets/optimizer-race/geometry';
import { RaceSettingsPanel } from '../../src/widgets/optimizer-race/RaceSettingsPanel';
import { RaceStandings } from '../../src/widgets/optimizer-race/RaceStandings';
import { RACER_STYLES } from '../../src/widgets/optimizer-race/racer-style';
import { DEFAULT_RACERS, raceConfig, settingsFor, toggleRacer } from '../../src/widgets/optimizer-race/settings';
import { StepDetails } from '../../src/widgets/optimizer-race/StepDetails';
import { SurfacePlot } from '../../src/widgets/optimizer-race/SurfacePlot';
import { accessibilityProblems, textOf } from './html';

const valley = SURFACES.valley;
const h = { ...defaultHyperparameters, learningRate: 0.07 };

/** A runner after one step from the valley's start, as the formulas (not TF.js) take it. */
function oneStep(racer: RacerName): RunnerSnapshot {
  const g = valley.gradient(...valley.start);
  const { explanation } = referenceStep(racer, initialReferenceState, valley.start, g, h);
  const xs = [valley.start[0], explanation.after[0]];
  const ys = [valley.start[1], explanation.after[1]];
  const losses = [valley.value(...valley.start), valley.value(...explanation.after)];
  return { racer, xs, ys, losses, status: 'running', lastStep: explanation, count: 2, loss: losses[1] };
}

/** Renders without the SVGs that are decorative on purpose (aria-hidden legend swatches). */
const problems = (html: string) => accessibilityProblems(html).filter((p) => !p.includes('aria-hidden="true"'));

describe('optimizer race: drawing helpers', () => {
  it('maps the domain onto the plot area and back', () => {
    const s = plotScales(SURFACES.rosenbrock);
    expect(s.sx(-2)).toBe(PLOT.margin.left);
    expect(s.sx(2)).toBe(PLOT.margin.left + INNER_WIDTH);
    expect(s.sy(3)).toBe(PLOT.margin.top);
    expect(s.sy(-1)).toBe(PLOT.margin.top + INNER_HEIGHT);
    const [x, y] = s.invert(s.sx(0.3), s.sy(1.7));
    expect(x).toBeCloseTo(0.3, 10);
    expect(y).toBeCloseTo(1.7, 10);
  });

  it('thins long trajectories to at most maxPoints (+ the last) and clamps far-away points', () => {
    const n = 5001;
    const xs = Array.from({ length: n }, (_, i) => -2 + (4 * i) / (n - 1));
    const ys = xs.map(() => 1);
    const d = trajectoryPath(xs, ys, n, plotScales(SURFACES.rosenbrock), 1000);
    const points = d.slice(1).split('L');
    expect(points.length).toBeLessThanOrEqual(1001);
    expect(points[0]).toBe(`${PLOT.margin.left.toFixed(1)} ${plotScales(SURFACES.rosenbrock).sy(1).toFixed(1)}`);
    expect(points.at(-1)!.startsWith((PLOT.margin.left + INNER_WIDTH).toFixed(1))).toBe(true);
    const far = trajectoryPath([0, 1e9], [0, -1e9], 2, plotScales(SURFACES.rosenbrock));
    expect(far).not.toMatch(/e\+|\d{5,}/);
    expect(trajectoryPath([], [], 0, plotScales(valley))).toBe('');
  });

  it.each(SURFACE_IDS)('%s: shades span [0, 1], darkest away from the minimum', (id) => {
    const surface = SURFACES[id];
    const shades = shadeGrid(surface, 40, 30);
    expect(Math.min(...shades)).toBe(0);
    expect(Math.max(...shades)).toBe(1);
    const pixels = heatmapPixels(shades, 40, 30, [10, 20, 30]);
    expect(pixels).toHaveLength(40 * 30 * 4);
    expect([...pixels.slice(0, 3)]).toEqual([10, 20, 30]);
    const alphas = new Set<number>();
    for (let i = 3; i < pixels.length; i += 4) alphas.add(pixels[i]);
    expect(alphas.size).toBeGreaterThan(5); // bands and contour lines
  });

  it('reads computed colours', () => {
    expect(parseRgb('rgb(27, 31, 36)')).toEqual([27, 31, 36]);
    expect(parseRgb('rgba(230, 232, 235, 0.5)')).toEqual([230, 232, 235]);
    expect(parseRgb('nonsense')).toEqual([0, 0, 0]);
  });

  it('prints numbers that Number() reads back', () => {
    for (const v of [0, 1.5, -7.44, 3.93e-18, 123456789, 0.000123, 0.0070000001]) {
      expect(Math.abs(Number(formatValue(v)) - v)).toBeLessThanOrEqual(Math.abs(v) * 5e-4); // 4 significant digits
    }
    expect(formatValue(3.93e-18)).toBe('3.93e-18');
    expect(formatLoss(0.0226)).toBe('0.0226');
  });

  it('gives every racer its own dash and marker, not only a colour', () => {
    const styles = Object.values(RACER_STYLES);
    expect(new Set(styles.map((s) => s.dash)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
  });
});

describe('optimizer race: settings', () => {
  it('a surface brings its own learning rate and start, keeping the β’s and the racers', () => {
    const base = { ...settingsFor('valley'), beta1: 0.8, racers: toggleRacer(DEFAULT_RACERS, 'sgd', false) };
    const next = settingsFor('rosenbrock', base);
    expect(next.learningRate).toBe(SURFACES.rosenbrock.learningRate);
    expect(next.start).toEqual([-1.5, 2.5]);
    expect(next.beta1).toBe(0.8);
    expect(next.racers).toEqual(['momentum', 'rmsprop', 'adam', 'adamw']);
    expect(raceConfig(next).hyperparameters).toMatchObject({ learningRate: 0.001, beta1: 0.8, epsilon: 1e-7 });
  });

  it('toggling a racer keeps the canonical order', () => {
    expect(toggleRacer(['adam', 'sgd'], 'adam-uncorrected', true)).toEqual(['sgd', 'adam', 'adam-uncorrected']);
    expect(toggleRacer(['sgd', 'adam'], 'sgd', false)).toEqual(['adam']);
  });

  it('renders labelled controls, including the bias-correction toggle', () => {
    const html = renderToString(
      <RaceSettingsPanel
        settings={settingsFor('valley')}
        onChange={() => undefined}
        stepsPerFrame={1}
        onStepsPerFrameChange={() => undefined}
        backend="cpu"
        onBackendChange={() => undefined}
      />,
    );
    const text = textOf(html);
    for (const label of ['Surface', 'Learning rate η', 'Momentum μ', 'Adam β₁', 'Adam β₂', 'weight decay λ']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Adam without bias correction');
    expect(problems(html)).toEqual([]);
  });
});

describe('optimizer race: standings, plot and the worked step', () => {
  const runners = (['sgd', 'adam', 'adam-uncorrected'] as const).map(oneStep);

  it('shows each racer’s loss as a plain number in data-metric="loss-<racer>"', () => {
    const html = renderToString(<RaceStandings runners={runners} surface={valley} />);
    // SGD's first step lands on (−7.44, −1.125): f = ½(7.44² + 25·1.125²) = 43.4978.
    expect(html).toMatch(/data-metric="loss-sgd">43\.5</);
    expect(html).toMatch(/data-metric="loss-adam">/);
    expect(textOf(html)).toContain('(-7.44, -1.13)'); // 3 significant digits
  });

  it('works out step 1: the rule, g = (−8, 37.5), Adam’s m̂ and v̂, and the update', () => {
    const html = renderToString(<StepDetails runners={runners} hyperparameters={h} />);
    const text = textOf(html);
    expect(text).toContain('Step 1, worked out');
    expect(text).toContain('(-8, 37.5)');
    expect(text).toContain('Δθ = −η·g');
    expect(text).toContain('m̂ = (-8, 37.5)');
    expect(text).toMatch(/Adam .*\(0\.07, -0\.07\)/);
    // Uncorrected: η·0.1/√0.001 = 0.221359 per coordinate.
    expect(text).toContain('(0.221359, -0.221359)');
  });

  it('draws the surface as a labelled image with one trajectory and one marker per racer', () => {
    const start: Point = valley.start;
    const html = renderToString(
      <SurfacePlot surface={valley} start={start} runners={runners} steps={1} onPickStart={() => undefined} />,
    );
    expect(html).toMatch(/role="img" aria-label="Elongated valley, f\(x, y\) = ½\(x² \+ 25y²\), after 1 steps/);
    expect(html.match(/class="race-trajectory"/g)).toHaveLength(3);
    expect(html.match(/class="race-marker(-open)?"/g)).toHaveLength(3);
    expect(html).toContain('<canvas');
    expect(problems(html)).toEqual([]);
  });
});
