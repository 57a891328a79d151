import type { Trainer } from './trainer';
import type { TrainingResult } from './types';

/** Where a sequence of training runs is; the last three are final. */
export type SequenceState = 'idle' | 'training' | 'paused' | 'done' | 'stopped' | 'error';

/**
 * Pause, resume and stop for several training runs made one after another (the arms of a
 * comparison): it forwards them to the run in progress and holds the next run back while paused.
 * An experiment hands its groups and arms to {@link runGroups} and trains each run with
 * {@link train}; see src/ml/transfer/experiment.ts.
 */
export class RunSequence {
  private current: SequenceState = 'idle';
  private trainer: Trainer | undefined;
  private wake: (() => void) | undefined;

  get state(): SequenceState {
    return this.current;
  }

  /** Whether stop() was called (a method, so TypeScript does not narrow it away across awaits). */
  isStopped(): boolean {
    return this.current === 'stopped';
  }

  pause(): void {
    if (this.current !== 'training') return;
    this.current = 'paused';
    this.trainer?.pause();
  }

  resume(): void {
    if (this.current !== 'paused') return;
    this.current = 'training';
    this.trainer?.resume();
    this.wake?.();
  }

  stop(): void {
    if (this.current === 'done' || this.current === 'stopped' || this.current === 'error') return;
    this.current = 'stopped';
    this.trainer?.stop();
    this.wake?.();
  }

  /** Moves from idle to training; false if the sequence already ran. */
  private begin(): boolean {
    if (this.current !== 'idle') return false;
    this.current = 'training';
    return true;
  }

  /** Ends the sequence: done unless it was stopped, or error. */
  private finish(failed = false): void {
    if (failed) this.current = 'error';
    else if (!this.isStopped()) this.current = 'done';
  }

  /** Waits while paused between runs; false once stopped. */
  async gate(): Promise<boolean> {
    while (this.current === 'paused') await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    return !this.isStopped();
  }

  /**
   * The whole sequence: for each group (a K, a label count) makes what its runs share with
   * `open`, runs `run` for each arm in turn (waiting while paused, skipping the rest once stopped),
   * reports each finished run's result, then disposes the group's data. `run` resolves undefined
   * for a run that was stopped. Moves idle → training → done / stopped / error; rethrows a failure.
   * Resolves with the finished runs' results (none if the sequence had already run).
   */
  async runGroups<G, A, D extends { dispose(): void }, R>(
    groups: readonly G[],
    arms: readonly A[],
    open: (group: G) => D,
    run: (group: G, arm: A, data: D, index: number) => Promise<R | undefined>,
    onResult: (result: R) => void,
  ): Promise<R[]> {
    const results: R[] = [];
    if (!this.begin()) return results;
    try {
      for (const group of groups) {
        const data = open(group);
        try {
          for (const arm of arms) {
            if (!(await this.gate())) break;
            const result = await run(group, arm, data, results.length);
            if (result !== undefined) {
              results.push(result);
              onResult(result);
            }
          }
        } finally {
          data.dispose();
        }
        if (this.isStopped()) break;
      }
      this.finish();
    } catch (error) {
      this.finish(true);
      throw error;
    }
    return results;
  }

  /**
   * Runs `trainer` to its end under the sequence's pause/stop, then disposes it. Resolves with its
   * result; a failed run rejects with its error.
   */
  async train(trainer: Trainer): Promise<TrainingResult> {
    this.trainer = trainer;
    const running = trainer.start();
    // Paused while this run was being set up: at most one batch goes through before it pauses.
    if (this.current === 'paused') trainer.pause();
    const outcome = await running.finally(() => {
      this.trainer = undefined;
      return trainer.dispose();
    });
    if (outcome.state === 'error') throw outcome.error ?? new Error('Training failed');
    return outcome;
  }
}
