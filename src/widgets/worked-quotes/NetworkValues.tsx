import type { ActivationName } from '../../ml/worked/activations';
import type { HiddenActivation, NetworkLoss } from '../../ml/worked/network';
import { activationQuantity, networkQuantity, type NetworkQuantityName } from '../../ml/worked/network-quantities';
import { Quoted, type QuoteFormat } from './Quoted';

export interface NetworkValueProps extends QuoteFormat {
  /** Which quantity: z1, a1, z2, yHat, loss, delta2, delta1, gradW1, … (see network-quantities.ts). */
  of: NetworkQuantityName;
  /** 1-based hidden unit. */
  i?: number;
  /** 1-based input. */
  j?: number;
  hidden?: HiddenActivation;
  loss?: NetworkLoss;
  y?: number;
  steps?: number;
  learningRate?: number;
}

/**
 * A number from the worked network (2 inputs → 3 hidden units → 1 sigmoid output), computed
 * by src/ml/worked/network.ts: `<NetworkValue of="yHat" />`, `<NetworkValue of="delta1" i={2} />`.
 */
export function NetworkValue({ of, i, j, hidden, loss, y, steps, learningRate, ...format }: NetworkValueProps) {
  return <Quoted value={networkQuantity({ of, i, j, hidden, loss, y, steps, learningRate })} format={format} />;
}

export interface ActivationValueProps extends QuoteFormat {
  name: ActivationName;
  x: number;
  /** f(x) or f′(x) (default: the derivative). */
  of?: 'value' | 'derivative';
  /** Raise to this power (a product over that many layers). */
  power?: number;
}

/** `<ActivationValue name="sigmoid" x={5} />` → σ′(5) computed by src/ml/worked/activations.ts. */
export function ActivationValue({ name, x, of = 'derivative', power, ...format }: ActivationValueProps) {
  return <Quoted value={activationQuantity({ name, x, of, power })} format={format} />;
}
