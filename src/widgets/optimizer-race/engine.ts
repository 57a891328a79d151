import { chooseBackend, numTensors, type BackendName } from '../../ml/backend';
import { Race, type RaceConfig } from '../../ml/optimizer-race';
import type { LabState } from '../shared/training/TrainControls';
import type { RaceRequest, RaceUpdate } from './protocol';

/** Stepping time per frame (ms): keeps updates flowing and requests (Pause) answered quickly. */
const FRAME_BUDGET_MS = 25;

/**
 * Runs a {@link Race} in the race worker: one batch of steps per frame, sized to a time budget,
 * and a {@link RaceUpdate} (only the new points) after each change. Owns the race's tensors.
 */
export class RaceEngine {
  private race: Race | null = null;
  private config: RaceConfig | null = null;
  private state: LabState = 'loading';
  private backend = '…';
  private error: string | null = null;
  private stepsPerFrame = 1;
  private msPerStep = 1;
  private stepsPerSecond = 0;
  /** Bumped by every reset/stop: a loop or step that sees another token has been overtaken. */
  private token = 0;
  private stepping = false;
  /** The backend asked for, and the promise that it is running (null: switch before the next race). */
  private wantedBackend: BackendName | null = null;
  private ready: Promise<void> | null = null;
  /** Settles when the latest step (and its read-back tensor) is finished with. */
  private inflight: Promise<unknown> = Promise.resolve();
  private raceId = 0;
  /** Points of each runner already posted. */
  private sent: number[] = [];

  /**
   * @param post where updates go (the worker's postMessage)
   * @param nextFrame resolves when the next batch may run (an animation frame, or a short timer)
   */
  constructor(
    private readonly post: (update: RaceUpdate) => void,
    private readonly nextFrame: () => Promise<void>,
  ) {}

  /** Carries out one request from the page. */
  handle(request: RaceRequest): void {
    switch (request.type) {
      case 'train':
        void this.train();
        break;
      case 'configure':
        void this.configure(request.config, request.backend);
        break;
      case 'speed':
        this.setStepsPerFrame(request.stepsPerFrame);
        break;
      case 'step':
        void this.step();
        break;
      default:
        this[request.type]();
    }
  }

  /** Target steps per animation frame (fewer when a frame's budget runs out). Does not reset. */
  setStepsPerFrame(steps: number): void {
    this.stepsPerFrame = Math.max(1, Math.round(steps));
  }

  /**
   * Starts a fresh race with `config` on `backend` (falling back to cpu if it cannot start),
   * freeing the previous race first; switches TF.js's backend when it differs from the last
   * call. If the old race was training, the new one trains too. Reports asynchronously.
   */
  async configure(config: RaceConfig, backend: BackendName): Promise<void> {
    const wasTraining = this.state === 'training';
    this.config = config;
    const token = ++this.token;
    if (backend !== this.wantedBackend || !this.ready) {
      this.setState('loading');
      // Tensors stay on the backend that made them: free the race (once its last read is done) before switching.
      await this.inflight;
      if (token !== this.token) return;
      this.race?.dispose();
      this.race = null;
      this.wantedBackend = backend;
      this.backend = '…';
      this.ready = chooseBackend([backend, 'cpu']).then((info) => {
        this.backend = info.backend;
      });
    }
    try {
      await this.ready;
    } catch (failure) {
      if (token === this.token) this.fail(failure);
      return;
    }
    if (token !== this.token) return;
    await this.newRace();
    if (wasTraining && this.race && this.state === 'ready') void this.train();
  }

  /** Train from the start (or on from a stopped race: a finished race is reset first). */
  async train(): Promise<void> {
    if (!this.race || this.state === 'training') return;
    if (this.race.done) await this.newRace();
    void this.run();
  }

  pause(): void {
    if (this.state !== 'training') return;
    this.token++;
    this.setState('paused');
  }

  resume(): void {
    if (this.state === 'paused') void this.run();
  }

  /** Ends the race where it is; the trajectories stay. */
  stop(): void {
    if (this.state !== 'training' && this.state !== 'paused') return;
    this.token++;
    this.setState('done');
  }

  /** One step of every racer, then paused (so Step, Resume and Stop all make sense next). */
  async step(): Promise<void> {
    const race = this.race;
    if (!race || this.state === 'training' || this.stepping || race.done) return;
    const token = ++this.token;
    this.stepping = true;
    try {
      await this.inflight; // a step of the loop that Pause ended may still be reading back
      if (token !== this.token) return;
      await this.stepRace(race, 1);
      if (token === this.token) this.setState(race.done ? 'done' : 'paused');
    } catch (failure) {
      if (token === this.token) this.fail(failure);
    } finally {
      this.stepping = false;
    }
  }

  /** A fresh race with the current config: every tensor of the old one freed. */
  reset(): void {
    if (this.config && this.race) void this.newRace();
  }

  /** `race.step(count)`, remembered so that a new race can wait for its read-back to finish. */
  private stepRace(race: Race, count: number): Promise<void> {
    const stepping = race.step(count);
    this.inflight = stepping.catch(() => undefined);
    return stepping;
  }

  /**
   * Replaces the race by a fresh one with the current config, once the step in flight (if any)
   * has read back and freed its tensor, so the tensor count is exact when the new race is reported.
   */
  private async newRace(): Promise<void> {
    const token = ++this.token;
    await this.inflight;
    if (token !== this.token) return;
    this.race?.dispose();
    this.race = null;
    if (!this.config) return;
    try {
      this.race = new Race(this.config);
      this.raceId++;
      this.sent = this.race.runners.map(() => 0);
      this.error = null;
      this.stepsPerSecond = 0;
      this.setState('ready');
    } catch (failure) {
      this.fail(failure);
    }
  }

  /** The animation loop: a batch of steps sized to the frame budget, a view, the next frame. */
  private async run(): Promise<void> {
    const race = this.race;
    if (!race) return;
    const token = ++this.token;
    this.setState('training');
    try {
      await this.inflight;
      // Steps per second over about the last second of wall time (frames included).
      const samples: [number, number][] = [[performance.now(), race.steps]];
      while (token === this.token && !race.done) {
        const count = Math.max(1, Math.min(this.stepsPerFrame, Math.floor(FRAME_BUDGET_MS / this.msPerStep)));
        const started = performance.now();
        await this.stepRace(race, count);
        const now = performance.now();
        if (token !== this.token) return;
        // The time per step of the stepping itself sizes the next batch.
        this.msPerStep = 0.7 * this.msPerStep + 0.3 * ((now - started) / count);
        samples.push([now, race.steps]);
        while (samples.length > 2 && now - samples[1][0] > 1000) samples.shift();
        const [t0, s0] = samples[0];
        this.stepsPerSecond = now > t0 ? (1000 * (race.steps - s0)) / (now - t0) : 0;
        this.emit();
        await this.nextFrame();
      }
      if (token === this.token) this.setState('done');
    } catch (failure) {
      if (token === this.token) this.fail(failure);
    }
  }

  private fail(failure: unknown): void {
    this.token++;
    this.error = failure instanceof Error ? failure.message : String(failure);
    this.setState('error');
  }

  private setState(state: LabState): void {
    this.state = state;
    this.emit();
  }

  private emit(): void {
    const race = this.race;
    const runners = (race?.runners ?? []).map(({ racer, xs, ys, losses, status, lastStep }, i) => {
      const from = this.sent[i] ?? 0;
      this.sent[i] = xs.length;
      return { racer, status, lastStep, from, xs: xs.slice(from), ys: ys.slice(from), losses: losses.slice(from) };
    });
    this.post({
      type: 'update',
      raceId: this.raceId,
      state: this.state,
      backend: this.backend,
      numTensors: numTensors(),
      steps: race?.steps ?? 0,
      stepsPerSecond: this.stepsPerSecond,
      config: race?.config ?? null,
      error: this.error,
      runners,
    });
  }
}
