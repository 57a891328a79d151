import { defaultHyperparameters, RACER_NAMES, type RacerName } from '../../ml/optimizer-race/racers';
import { SURFACES, type Point, type SurfaceId } from '../../ml/optimizer-race/surfaces';
import type { RaceConfig } from '../../ml/optimizer-race/race';

/** What the reader has chosen: plain data, kept in React state. */
export interface RaceSettings {
  surface: SurfaceId;
  learningRate: number;
  momentum: number;
  rho: number;
  beta1: number;
  beta2: number;
  weightDecay: number;
  /** Racers taking part, in {@link RACER_NAMES} order. */
  racers: readonly RacerName[];
  start: Point;
}

/** The five library optimizers; Adam without bias correction joins when its box is ticked. */
export const DEFAULT_RACERS: readonly RacerName[] = ['sgd', 'momentum', 'rmsprop', 'adam', 'adamw'];

/** Settings for `surface` with its own learning rate and start point, keeping the rest. */
export function settingsFor(surface: SurfaceId, previous?: RaceSettings): RaceSettings {
  const s = SURFACES[surface];
  const { momentum, rho, beta1, beta2, weightDecay } = previous ?? defaultHyperparameters;
  return {
    surface,
    learningRate: s.learningRate,
    momentum,
    rho,
    beta1,
    beta2,
    weightDecay,
    racers: previous?.racers ?? DEFAULT_RACERS,
    start: s.start,
  };
}

/** Adds or removes `racer`, keeping the canonical order. */
export function toggleRacer(racers: readonly RacerName[], racer: RacerName, on: boolean): RacerName[] {
  return RACER_NAMES.filter((name) => (name === racer ? on : racers.includes(name)));
}

/** The race the settings describe. */
export function raceConfig(s: RaceSettings): RaceConfig {
  return {
    surface: s.surface,
    racers: s.racers,
    start: s.start,
    hyperparameters: {
      ...defaultHyperparameters,
      learningRate: s.learningRate,
      momentum: s.momentum,
      rho: s.rho,
      beta1: s.beta1,
      beta2: s.beta2,
      weightDecay: s.weightDecay,
    },
  };
}
