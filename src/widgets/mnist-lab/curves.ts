import type { TFunction } from 'i18next';
import type { BatchEvent, EpochEvent } from '../../ml/training/types';
import { TRAIN_COLOUR, VALIDATION_COLOUR } from '../shared/palette';
import type { ChartSeries } from '../shared/training/LiveChart';
import type { MnistLabConfig } from './protocol';
import type { MnistLabView } from './state';

/** Chart series on one step axis: batch values every step, validation values at each epoch's last step. */
export function curves(batches: BatchEvent[], epochs: EpochEvent[], t: TFunction) {
  const steps = batches.map((b) => b.step);
  const epochEnd = new Map<number, EpochEvent>();
  for (const epoch of epochs) {
    const last = batches.findLast((b) => b.epoch === epoch.epoch);
    if (last) epochEnd.set(last.step, epoch);
  }
  const atEpoch = (pick: (e: EpochEvent) => number | null) =>
    steps.map((s) => (epochEnd.has(s) ? pick(epochEnd.get(s)!) : null));
  const loss: ChartSeries[] = [
    { label: t('labUi.common.trainBatch'), values: batches.map((b) => b.loss), color: TRAIN_COLOUR },
    { label: t('labUi.common.validation'), values: atEpoch((e) => e.valLoss), color: VALIDATION_COLOUR, dashed: true },
  ];
  const accuracy: ChartSeries[] = [
    { label: t('labUi.common.trainBatch'), values: batches.map((b) => b.accuracy), color: TRAIN_COLOUR },
    {
      label: t('labUi.common.validation'),
      values: atEpoch((e) => e.valAccuracy),
      color: VALIDATION_COLOUR,
      dashed: true,
    },
  ];
  return { steps, loss, accuracy };
}

/** Steps done out of all steps of the run, with speed and time left. */
export function progressOf(
  view: MnistLabView,
  config: MnistLabConfig,
  t: TFunction,
): { done: number; total: number; detail: string } {
  const last = view.batches.at(-1);
  const perEpoch = last?.batchesPerEpoch ?? Math.ceil((view.counts?.train ?? 0) / config.batchSize);
  const total = Math.max(1, perEpoch * config.epochs);
  const done = last?.step ?? 0;
  const speed = smoothedSpeed(view.batches);
  if (!speed || done >= total) return { done, total, detail: t('labUi.mnist.progress', { done, total }) };
  const secondsLeft = ((total - done) * config.batchSize) / speed;
  return { done, total, detail: t('labUi.mnist.progressLeft', { done, total, seconds: Math.ceil(secondsLeft) }) };
}

/** Training speed smoothed over the last `window` batch events (single events jump as reads batch up). */
export function smoothedSpeed(batches: BatchEvent[], window = 10): number | undefined {
  const recent = batches.slice(-window).filter((b) => b.examplesPerSecond > 0);
  if (recent.length === 0) return undefined;
  return recent.reduce((sum, b) => sum + b.examplesPerSecond, 0) / recent.length;
}
