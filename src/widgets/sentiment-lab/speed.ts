import type { BatchEvent } from '../../ml/training/types';

/**
 * Training speed over the last `window` batch events: total examples over total time, i.e. the
 * harmonic mean of the per-batch rates. Read-backs complete in bursts (several batches' values
 * arrive at once, some a few microseconds apart), which makes single rates, and their plain
 * average, jump; total examples over total time does not. Pure.
 */
export function recentSpeed(batches: readonly BatchEvent[], batchSize: number, window = 10): number | undefined {
  const recent = batches.slice(-window).filter((b) => b.examplesPerSecond > 0);
  if (recent.length === 0) return undefined;
  const seconds = recent.reduce((sum, b) => sum + batchSize / b.examplesPerSecond, 0);
  return (recent.length * batchSize) / seconds;
}
