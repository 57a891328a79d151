import type { Trainer } from './trainer';
import type { TrainingResult } from './types';

/** Where a sequence of training runs is; the last three are final. */
export type SequenceState = 'idle' | 'training' | 'paused' | 'done' | 'stopped' | 'error';

/**
 * Pause, resume and stop for several training runs made one after another (the arms of a
 * comparison): it forwards them to the run in progress and holds the next run back while paused.
 * An experiment calls {@link begin}, then {@link gate} before each run and {@link train} for it,
 * then {@link finish}; see src/ml/transfer/experiment.ts.
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
  begin(): boolean {
    if (this.current !== 'idle') return false;
    this.current = 'training';
    return true;
  }

  /** Ends the sequence: done unless it was stopped, or error. */
  finish(failed = false): void {
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
