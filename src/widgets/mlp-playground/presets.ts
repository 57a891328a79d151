/**
 * Named starting points for the playground, chosen by chapters with `<Lab name="mlp" preset="…" />`.
 * A shared link's query overrides the preset field by field (see ./url-state.ts).
 */
import { DEFAULT_SETUP, type PlaygroundSetup } from '../../ml/playground/setup';
import { decodeSetup } from './url-state';

export const MLP_PRESETS = {
  /** XOR with 2 hidden layers of 8 ReLU units (the defaults). */
  default: {},
  /** The spiral needs more depth: 4 hidden layers of 8. */
  spiral: { data: 'spiral', layers: [8, 8, 8, 8], steps: 3000 },
  /**
   * Overfitting: 30 noisy training points, a 3×8 network and a small learning rate. The test loss
   * bottoms out after about 40 epochs and then climbs while the training loss goes to 0; an L2
   * penalty of 0.01 keeps it near its minimum (tests/ml/mlp-playground.test.ts pins both).
   */
  overfitting: {
    data: 'moons',
    points: 60,
    noise: 0.3,
    trainFraction: 0.5,
    layers: [8, 8, 8],
    learningRate: 0.003,
    batchSize: 10,
    steps: 3000,
  },
  /**
   * The seeds' ten points x = 0.1 … 1.0 with alternating labels: the network memorises its 6
   * training points (train accuracy 1) and gets every one of the 4 test points wrong, because each
   * test point's neighbours have the other label. There is no pattern to learn.
   */
  seed10: { data: 'seed10', layers: [8, 8], activation: 'tanh', learningRate: 0.03, batchSize: 10, steps: 3000 },
  /** A noisy sine: regression with a linear output and MSE. */
  regression: { data: 'curve', points: 200, layers: [8, 8], activation: 'tanh', loss: 'mse', batchSize: 16 },
} satisfies Record<string, Partial<PlaygroundSetup>>;

export type MlpPreset = keyof typeof MLP_PRESETS;

export function isMlpPreset(name: string): name is MlpPreset {
  return Object.hasOwn(MLP_PRESETS, name);
}

/** A preset's full setup (the defaults for an unknown or missing name). */
export function presetSetup(name: string | undefined): PlaygroundSetup {
  const patch: Partial<PlaygroundSetup> = name && isMlpPreset(name) ? MLP_PRESETS[name] : {};
  return { ...DEFAULT_SETUP, ...patch };
}

/** Where the lab starts: the preset, overridden by the page URL's query; with any problems found. */
export function initialSetup(
  preset: string | undefined,
  query: string,
): { setup: PlaygroundSetup; problems: string[] } {
  const problems = preset && !isMlpPreset(preset) ? [`Unknown preset “${preset}”: starting from the defaults.`] : [];
  const decoded = decodeSetup(query, presetSetup(preset));
  return { setup: decoded.setup, problems: [...problems, ...decoded.problems] };
}
