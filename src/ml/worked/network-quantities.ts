/**
 * Single numbers a chapter quotes from the worked network and from the activations, looked
 * up by name so that prose never types a computed value. Unknown names and indices throw,
 * so a typo in a chapter fails the build instead of printing a wrong number.
 */

import { activations, type ActivationName } from './activations';
import {
  descend,
  forward,
  gradientCheck,
  parameterSlots,
  seedNetwork,
  workedNetwork,
  type HiddenActivation,
  type NetworkLoss,
  type NetworkParams,
} from './network';

/** Vector quantities of the worked network (one entry per hidden unit, index i). */
const VECTORS = ['z1', 'a1', 'b1', 'w2', 'gradW2', 'dLossDA1', 'activationDerivative', 'delta1', 'gradB1'] as const;
/** Matrix quantities (hidden unit i, input j). */
const MATRICES = ['w1', 'gradW1'] as const;
/** Scalar quantities of the forward and backward pass. */
const SCALARS = ['z2', 'yHat', 'loss', 'dLossDYHat', 'dYHatDZ2', 'delta2', 'b2', 'gradB2'] as const;

export type NetworkQuantityName =
  | (typeof VECTORS)[number]
  | (typeof MATRICES)[number]
  | (typeof SCALARS)[number]
  /** Input j of the example. */
  | 'x'
  /** The largest relative difference between backpropagation and finite differences. */
  | 'maxRelativeError'
  /** The loss after `steps` gradient steps of size `learningRate`. */
  | 'lossAfterSteps'
  /** How many scalar parameters the network has (weights and biases). */
  | 'parameterCount';

/** Which number to look up, and on which variant of the worked network. */
export interface NetworkQuantitySpec {
  of: NetworkQuantityName;
  /** 1-based hidden unit (vectors and matrices). */
  i?: number;
  /** 1-based input (matrices and x). */
  j?: number;
  /** Hidden activation (default: the worked example's ReLU). */
  hidden?: HiddenActivation;
  /** Loss (default: binary cross-entropy). */
  loss?: NetworkLoss;
  /** Target y (default: the worked example's 0). */
  y?: number;
  /** For lossAfterSteps: how many gradient steps (default 1). */
  steps?: number;
  /** For lossAfterSteps: the learning rate η (default 0.5, the figure's default). */
  learningRate?: number;
}

function index(value: number | undefined, length: number, what: string): number {
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > length) {
    throw new Error(`networkQuantity: ${what} must be an integer from 1 to ${length}, got ${String(value)}`);
  }
  return value - 1;
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** The loss after `steps` plain gradient steps θ ← θ − η·∂L/∂θ from the worked example's weights. */
export function lossAfterSteps(
  options: { hidden: HiddenActivation; loss: NetworkLoss },
  y: number,
  steps: number,
  learningRate: number,
): number {
  if (!Number.isInteger(steps) || steps < 0) throw new Error(`lossAfterSteps: bad step count ${steps}`);
  const example = { x: seedNetwork.example.x, y };
  let params: NetworkParams = seedNetwork.params;
  for (let s = 0; s < steps; s++) {
    params = descend(params, workedNetwork(params, example, options).backward, learningRate);
  }
  return forward(params, example, options).loss;
}

/** One number of the worked network (forward pass, backward pass, gradient check or a later loss). */
export function networkQuantity(spec: NetworkQuantitySpec): number {
  const options = {
    hidden: spec.hidden ?? seedNetwork.options.hidden,
    loss: spec.loss ?? seedNetwork.options.loss,
  };
  const y = spec.y ?? seedNetwork.example.y;
  const example = { x: seedNetwork.example.x, y };
  const { params } = seedNetwork;
  const hiddenUnits = params.w1.length;
  const inputs = example.x.length;
  const name: string = spec.of;

  if (name === 'x') return example.x[index(spec.j, inputs, 'j')];
  if (name === 'lossAfterSteps') return lossAfterSteps(options, y, spec.steps ?? 1, spec.learningRate ?? 0.5);
  if (name === 'parameterCount') return parameterSlots(params).length;
  if (name === 'maxRelativeError') return gradientCheck(params, example, options).maxRelativeError;

  const { forward: f, backward: b } = workedNetwork(params, example, options);
  const all = { ...params, ...f, ...b };
  if (isOneOf(VECTORS, name)) return all[name][index(spec.i, hiddenUnits, 'i')];
  if (isOneOf(MATRICES, name)) return all[name][index(spec.i, hiddenUnits, 'i')][index(spec.j, inputs, 'j')];
  if (isOneOf(SCALARS, name)) return all[name];
  throw new Error(`networkQuantity: unknown quantity "${name}"`);
}

/** What ActivationValue can quote: f(x), f′(x), or f′(x) raised to a power (a chain of layers). */
export interface ActivationQuantitySpec {
  name: ActivationName;
  x: number;
  of: 'value' | 'derivative';
  /** Raise the result to this power, e.g. 10 for ten stacked layers (default 1). */
  power?: number;
}

/** f(x) or f′(x) of a named activation, optionally raised to a power. */
export function activationQuantity({ name, x, of, power = 1 }: ActivationQuantitySpec): number {
  const act = activations[name];
  if (!act) throw new Error(`activationQuantity: unknown activation "${name}"`);
  const value = of === 'value' ? act.f(x) : act.df(x);
  return value ** power;
}
