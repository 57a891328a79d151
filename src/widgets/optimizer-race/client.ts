import type { RunnerView } from '../../ml/optimizer-race/race';
import type { RaceRequest, RaceUpdate, RunnerDelta } from './protocol';

/** One racer as the page draws it. `xs`/`ys` keep growing: draw the first `count`. */
export interface RunnerSnapshot extends RunnerView {
  /** Points recorded so far (start included). */
  count: number;
  /** f at the racer's current position. */
  loss: number;
}

/** Everything the lab shows; a new object on every change (safe as React state). */
export type RaceView = Omit<RaceUpdate, 'type' | 'raceId' | 'runners'> & { runners: RunnerSnapshot[] };

export const initialRaceView: RaceView = {
  state: 'loading',
  backend: '…',
  numTensors: 0,
  steps: 0,
  stepsPerSecond: 0,
  runners: [],
  config: null,
  error: null,
};

/** A racer's points so far, as the page has received them. */
export interface Trajectory {
  xs: number[];
  ys: number[];
  losses: number[];
}

/**
 * Appends each delta's points to its racer's trajectory in `store` (a delta from 0 starts a new
 * one) and returns the racers as the page draws them. Changes `store`.
 */
export function mergeRunners(store: Map<string, Trajectory>, deltas: readonly RunnerDelta[]): RunnerSnapshot[] {
  return deltas.map((delta) => {
    let t = store.get(delta.racer);
    if (!t || delta.from === 0) {
      t = { xs: [], ys: [], losses: [] };
      store.set(delta.racer, t);
    }
    t.xs.length = t.ys.length = t.losses.length = delta.from;
    t.xs.push(...delta.xs);
    t.ys.push(...delta.ys);
    t.losses.push(...delta.losses);
    return {
      racer: delta.racer,
      status: delta.status,
      lastStep: delta.lastStep,
      xs: t.xs,
      ys: t.ys,
      losses: t.losses,
      count: t.xs.length,
      loss: t.losses[t.losses.length - 1],
    };
  });
}

/**
 * The page's side of the race: starts the race worker, forwards requests to it, appends the
 * points it reports to each racer's trajectory, and hands a {@link RaceView} to the listener
 * at most once per animation frame. Knows nothing of React.
 */
export class RaceClient {
  private worker: Worker | null = null;
  private raceId = -1;
  private trajectories = new Map<string, Trajectory>();
  private latest: RaceView = initialRaceView;
  private frame = 0;
  private listener: ((view: RaceView) => void) | null = null;
  /** Requests made before the worker started (or while it restarts), sent once it runs. */
  private queue: RaceRequest[] = [];

  /** Sends every new view to `listener`; returns the unsubscribe function. */
  subscribe(listener: (view: RaceView) => void): () => void {
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = null;
    };
  }

  /** Starts the worker (if it is not running) and sends it what was asked for meanwhile. */
  start(): void {
    if (this.worker) return;
    const worker = new Worker(new URL('./race.worker.ts', import.meta.url), { type: 'module', name: 'optimizer-race' });
    worker.addEventListener('message', (event: MessageEvent<RaceUpdate>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      this.latest = { ...this.latest, state: 'error', error: event.message || 'The race worker failed to start' };
      this.schedule();
    });
    this.worker = worker;
    for (const request of this.queue.splice(0)) worker.postMessage(request);
  }

  send(request: RaceRequest): void {
    if (this.worker) this.worker.postMessage(request);
    else this.queue.push(request);
  }

  /** Ends the worker, which frees every tensor it made. {@link start} begins again. */
  release(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.worker?.terminate();
    this.worker = null;
    this.raceId = -1;
    this.trajectories.clear();
  }

  /** Appends the update's new points (every update counts: they are deltas), then schedules a view. */
  private receive(update: RaceUpdate): void {
    if (update.raceId !== this.raceId) {
      this.raceId = update.raceId;
      this.trajectories.clear();
    }
    const { type: _type, raceId: _raceId, runners, ...rest } = update;
    this.latest = { ...rest, runners: mergeRunners(this.trajectories, runners) };
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.listener?.(this.latest);
    });
  }
}
