import {
  clipQuantity,
  overfitQuantity,
  scheduleQuantity,
  type ClipQuantityName,
  type OverfitQuery,
  type ScheduleQuery,
} from '../../ml/worked/training-quantities';
import { Quoted, type QuoteFormat } from './Quoted';

export type OverfitValueProps = OverfitQuery & QuoteFormat;

/**
 * A number from the polynomial-overfitting example (chapter 5), computed by
 * src/ml/worked/polyfit.ts: `<OverfitValue of="best-degree" decimals={0} />`,
 * `<OverfitValue of="validation" degree={7} decimals={3} />`.
 */
export function OverfitValue({ of, degree, trainSize, lambda, ...format }: OverfitValueProps) {
  return <Quoted value={overfitQuantity({ of, degree, trainSize, lambda })} format={format} />;
}

export interface ClipValueProps extends QuoteFormat {
  of: ClipQuantityName;
}

/** A number from the gradient-clipping example (chapter 4): `<ClipValue of="spike-norm" decimals={2} />`. */
export function ClipValue({ of, ...format }: ClipValueProps) {
  return <Quoted value={clipQuantity(of)} format={format} />;
}

export type ScheduleValueProps = ScheduleQuery & QuoteFormat;

/** A learning rate from the default schedules (chapter 4): `<ScheduleValue schedule="cosine" at={500} />`. */
export function ScheduleValue({ schedule, at, ...format }: ScheduleValueProps) {
  return <Quoted value={scheduleQuantity({ schedule, at })} format={format} />;
}
