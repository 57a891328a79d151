import type { LossName } from '../../ml/worked/losses';
import {
  lossQuantity,
  mseQuantity,
  softmaxQuantity,
  uniformLogits,
  type LossQuantityName,
  type MseQuantityName,
  type SoftmaxQuantityName,
} from '../../ml/worked/loss-quantities';
import { Quoted, type QuoteFormat } from './Quoted';

export interface MseValueProps extends QuoteFormat {
  of: MseQuantityName;
  /** Replace single predictions first, 1-based: `replace={{ 10: 20 }}`. */
  replace?: Readonly<Record<number, number>>;
}

/** A statistic of the ten-sample regression example: `<MseValue of="mse" />`. */
export function MseValue({ of, replace, ...format }: MseValueProps) {
  return <Quoted value={mseQuantity(of, { replace })} format={format} />;
}

export interface LossValueProps extends QuoteFormat {
  loss: LossName;
  /** The target y. */
  y: number;
  /** The prediction ŷ. */
  p: number;
  /** L (default), ∂L/∂ŷ, or ∂L/∂z through a sigmoid. */
  of?: LossQuantityName;
}

/** One loss value or gradient: `<LossValue loss="bce" y={1} p={0.01} />`. */
export function LossValue({ loss, y, p, of = 'loss', ...format }: LossValueProps) {
  return <Quoted value={lossQuantity(loss, y, p, of)} format={format} />;
}

export interface SoftmaxValueProps extends QuoteFormat {
  /** The logits, one per class. Give `uniform` instead for K equal logits. */
  logits?: readonly number[];
  /** K classes with equal logits (a model that has learned nothing yet). */
  uniform?: number;
  /** The true class, 1-based. */
  target: number;
  of?: SoftmaxQuantityName;
  /** The class (1-based) for probability and gradient. */
  k?: number;
}

/** A number from softmax + cross-entropy: `<SoftmaxValue logits={[2, 1, 0.1]} target={1} />`. */
export function SoftmaxValue({ logits, uniform, target, of = 'loss', k, ...format }: SoftmaxValueProps) {
  const z = uniform !== undefined ? uniformLogits(uniform) : logits;
  if (!z) throw new Error('SoftmaxValue: give logits or uniform');
  return <Quoted value={softmaxQuantity(z, target, of, k)} format={format} />;
}
