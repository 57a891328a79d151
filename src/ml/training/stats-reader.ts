import * as tf from '@tensorflow/tfjs';

/** What the loop knows about a batch when it queues the batch's statistics. */
export interface BatchMeta {
  epoch: number;
  batch: number;
  step: number;
  examples: number;
}

/** Summed statistics of one or more batches, back on the CPU. */
export interface ReadStats {
  /** The last batch of the group. */
  last: BatchMeta;
  /** Examples in the group. */
  examples: number;
  /** Σ loss·examples over the group. */
  lossSum: number;
  /** Σ accuracy·examples over the group. */
  accuracySum: number;
  /** `now()` when the values arrived: when the device had finished the group. */
  completedAt: number;
}

/**
 * Reads per-batch loss and accuracy back from the device without stalling it.
 *
 * Each batch hands over a 2-element tensor `[loss·n, accuracy·n]`. `readEvery` consecutive batches
 * are summed on the device into one group; a full group is read with the asynchronous `data()`,
 * and up to `maxPending` such reads stay in flight while the loop goes on queueing batches. Only
 * when more are pending does `add` wait for the oldest. Why: `dataSync()` would block until the
 * device has finished everything queued, so the device would idle while JavaScript prepares the
 * next batch; with reads in flight the CPU stays at most `maxPending` groups ahead, which also
 * bounds the memory held by queued work. On cpu and wasm the data is ready at once.
 *
 * Results are delivered to `onRead` in batch order. The reader owns the tensors it is given.
 */
export class StatsReader {
  private group: { sum: tf.Tensor; meta: BatchMeta; examples: number; count: number } | undefined;
  private lastFlushAt: number | undefined;
  private pending: { read: Promise<[number, number, number]>; tensor: tf.Tensor; meta: BatchMeta; examples: number }[] =
    [];

  /**
   * @param now clock used to stamp each read's arrival (e.g. a stopwatch that skips pauses)
   * @param readIntervalMs when set, a group is read once this many ms (of `now`) have passed since
   *   the last read started, however many batches it holds (`readEvery` is then ignored)
   */
  constructor(
    private readonly readEvery: number,
    private readonly maxPending: number,
    private readonly onRead: (stats: ReadStats) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly readIntervalMs?: number,
  ) {}

  /** Takes ownership of `stats` ([loss·n, accuracy·n]); may wait for an older read to finish. */
  async add(stats: tf.Tensor, meta: BatchMeta): Promise<void> {
    if (!this.group) {
      this.group = { sum: stats, meta, examples: meta.examples, count: 1 };
    } else {
      const sum = tf.add(this.group.sum, stats);
      tf.dispose([this.group.sum, stats]);
      this.group = { sum, meta, examples: this.group.examples + meta.examples, count: this.group.count + 1 };
    }
    if (this.groupFull(this.group.count)) this.flush();
    while (this.pending.length > this.maxPending) await this.settleOldest();
  }

  /** The first batch is always read at once, so a chart gets its first point without delay. */
  private groupFull(count: number): boolean {
    if (this.readIntervalMs === undefined) return count >= this.readEvery;
    return this.lastFlushAt === undefined || this.now() - this.lastFlushAt >= this.readIntervalMs;
  }

  /** Starts reading the current partial group (e.g. at the end of an epoch). */
  flush(): void {
    if (!this.group) return;
    this.lastFlushAt = this.now();
    const { sum, meta, examples } = this.group;
    const read = sum.data().then(([loss, accuracy]): [number, number, number] => [loss, accuracy, this.now()]);
    this.pending.push({ read, tensor: sum, meta, examples });
    this.group = undefined;
  }

  /** Flushes and waits for every read, delivering them in order. Leaves no tensors behind. */
  async drain(): Promise<void> {
    this.flush();
    while (this.pending.length > 0) await this.settleOldest();
  }

  private async settleOldest(): Promise<void> {
    const oldest = this.pending[0];
    try {
      const [lossSum, accuracySum, completedAt] = await oldest.read;
      this.onRead({ last: oldest.meta, examples: oldest.examples, lossSum, accuracySum, completedAt });
    } finally {
      this.pending.shift();
      oldest.tensor.dispose();
    }
  }
}

/** A stopwatch that only runs while training runs (not while paused). */
export class ActiveClock {
  private total = 0;
  private since: number | undefined;

  /** Starts (or keeps) the clock running. */
  run(): void {
    this.since ??= performance.now();
  }

  /** Stops the clock, keeping the time so far. */
  halt(): void {
    if (this.since !== undefined) this.total += performance.now() - this.since;
    this.since = undefined;
  }

  /** Milliseconds counted so far. */
  elapsed(): number {
    return this.total + (this.since === undefined ? 0 : performance.now() - this.since);
  }
}
