/**
 * The MLP playground's training worker. All TF.js work happens here, so the page's main thread
 * only draws: on WebGL, compiling shaders and waiting for the GPU would otherwise block it (a
 * single shader link can take longer than a frame), and even on the CPU a wide network with a
 * big batch can take more than 50 ms per step. The loop trains in slices of about 12 ms,
 * sends a snapshot after each slice once the page has drawn the previous one, and yields between slices so
 * that Pause, Step and new settings are handled at once.
 */
import { initBackend, type BackendName } from '../../ml/backend';
import type { PointSplit } from '../../ml/data/toy2d';
import { measureStepsPerSecond } from '../../ml/playground/bench';
import { PlaygroundSession } from '../../ml/playground/session';
import { resolveBackend, type PlaygroundSetup } from '../../ml/playground/setup';
import { numTensors } from '../../ml/backend';
import { yieldToEventLoop } from '../../ml/training/yield';
import { messageOf, workerScope } from '../shared/worker/worker-scope';
import type { BenchResult, PlaygroundRequest, PlaygroundResponse, RunState } from './protocol';

const scope = workerScope<PlaygroundRequest, PlaygroundResponse>();
const post = (message: PlaygroundResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let wasmPaths: Record<string, string> | undefined;
let setup: PlaygroundSetup | undefined;
let data: PointSplit | undefined;
let session: PlaygroundSession | undefined;
let generation = 0;
let state: RunState = 'ready';
let backendInUse: string | undefined;
let frameWanted = true;
let loopDone: Promise<void> | undefined;
/** (time, step) pairs of the last second or so, for steps per second. */
let recent: [number, number][] = [];

function setState(next: RunState): void {
  state = next;
  post({ type: 'state', state, generation });
}

/** Makes `name` the current backend (falling back to cpu), reporting what was obtained. */
async function switchBackend(name: BackendName): Promise<void> {
  if (backendInUse === name) return;
  const preference: BackendName[] = name === 'cpu' ? ['cpu'] : [name, 'cpu'];
  const info = await initBackend({ preference, wasmPaths });
  backendInUse = info.backend;
  post({ type: 'backend', info });
}

function stepsPerSecond(): number {
  if (recent.length < 2) return 0;
  const [t0, s0] = recent[0];
  const [t1, s1] = recent[recent.length - 1];
  return t1 > t0 ? ((s1 - s0) * 1000) / (t1 - t0) : 0;
}

function record(step: number): void {
  const now = performance.now();
  recent.push([now, step]);
  while (recent.length > 2 && now - recent[0][0] > 1000) recent.shift();
}

/** Reads a snapshot of `current` and posts it (unless a newer session replaced it meanwhile). */
async function sendFrame(current: PlaygroundSession): Promise<void> {
  frameWanted = false;
  const snapshot = await current.snapshot();
  if (session !== current) return;
  const speed = state === 'training' ? stepsPerSecond() : 0;
  // output, neurons and weights share one buffer: one transfer, one allocation per frame.
  post({ type: 'frame', frame: { snapshot, stepsPerSecond: speed, numTensors: numTensors() }, generation }, [
    snapshot.output.buffer,
  ]);
}

/** Training time per slice: about two thirds of a 60 Hz frame, so drawing keeps up. */
const SLICE_MS = 12;
/** How long a slice waits for the page to draw the previous frame before training on. */
const DRAW_WAIT_MS = 50;

let drawnWaiter: (() => void) | undefined;

/** Resolves when the page has drawn the last frame, or after `ms` (e.g. in a hidden tab). */
function waitForDrawn(ms: number): Promise<void> {
  if (frameWanted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      drawnWaiter = undefined;
      resolve();
    }
    drawnWaiter = done;
  });
}

function onDrawn(): void {
  frameWanted = true;
  drawnWaiter?.();
}

/**
 * Trains `current` while the state is 'training', in slices of {@link SLICE_MS}, at most one frame
 * per slice. After a slice it waits (at most {@link DRAW_WAIT_MS}) until the page has drawn the
 * previous frame: the loop then runs in step with the screen, and on a machine with few cores the
 * compositor gets its share of the CPU instead of the worker taking it all (measured on 2 busy
 * cores: 4–7 redraws per second without the wait, 12–30 with it).
 */
async function loop(current: PlaygroundSession): Promise<void> {
  recent = [];
  record(current.step);
  while (state === 'training' && session === current) {
    const start = performance.now();
    do current.trainStep();
    while (!current.finished && performance.now() - start < SLICE_MS);
    record(current.step);
    if (current.finished) {
      await sendFrame(current);
      setState('done');
      break;
    }
    await waitForDrawn(DRAW_WAIT_MS);
    if (state !== 'training' || session !== current) break;
    // No frame while the page has not drawn the last one (a hidden tab draws nothing): frames
    // would only pile up there. Waiting for the device keeps the queue of GPU work short.
    if (frameWanted) await sendFrame(current);
    else await current.sync();
    await yieldToEventLoop();
  }
}

function startLoop(): void {
  if (!session) return;
  const current = session;
  loopDone = loop(current).catch((error: unknown) => {
    if (session === current) post({ type: 'error', message: messageOf(error) });
  });
}

/** Ends the training loop (if running) and waits for it. */
async function halt(next: RunState): Promise<void> {
  if (state === 'training') state = next;
  await loopDone;
  loopDone = undefined;
}

/** A fresh session for the current setup and data, on the setup's backend; state 'ready'. */
async function rebuild(): Promise<void> {
  await halt('ready');
  session?.dispose();
  session = undefined;
  if (!setup || !data) return;
  await switchBackend(resolveBackend(setup));
  session = new PlaygroundSession(setup, data);
  generation++;
  post({ type: 'ready', sizes: session.network.sizes, parameters: session.network.parameterCount, generation });
  setState('ready');
  await sendFrame(session);
}

async function train(): Promise<void> {
  if (state === 'training') return;
  if (!session || session.finished || state === 'done') await rebuild();
  if (!session) return;
  setState('training');
  startLoop();
}

async function step(request: Extract<PlaygroundRequest, { type: 'step' }>): Promise<void> {
  if (state === 'training' || state === 'done' || !session || session.finished) return;
  const report = await session.inspectStep(request.weight);
  post({ type: 'step', report, generation });
  setState(session.finished ? 'done' : 'paused');
  await sendFrame(session);
}

/** Steps per second of the 2-8-8-1 benchmark on every backend, then back to the reader's. */
async function bench(): Promise<void> {
  await halt('ready');
  session?.dispose();
  session = undefined;
  const results: BenchResult[] = [];
  for (const backend of ['webgl', 'wasm', 'cpu'] as const) {
    try {
      const info = await initBackend({ preference: [backend], wasmPaths });
      backendInUse = info.backend;
      if (info.backend !== backend) throw new Error(`got ${info.backend} instead`);
      const batch32 = await measureStepsPerSecond(32);
      const batch500 = await measureStepsPerSecond(500);
      results.push({ backend, stepsPerSecond: { batch32, batch500 } });
    } catch (error) {
      results.push({ backend, stepsPerSecond: null, error: messageOf(error) });
    }
  }
  backendInUse = undefined;
  post({ type: 'bench', results });
  await rebuild();
}

async function handle(request: PlaygroundRequest): Promise<void> {
  switch (request.type) {
    case 'init':
      wasmPaths = request.wasmPaths;
      setup = request.setup;
      data = request.data;
      return rebuild();
    case 'configure':
      setup = request.setup;
      data = request.data;
      return rebuild();
    case 'train':
      return train();
    case 'pause':
      if (state !== 'training') return;
      await halt('paused');
      // The last frame (with the final step count) first: a page that sees 'paused' sees where it stopped.
      if (session) await sendFrame(session);
      setState('paused');
      return;
    case 'resume':
      if (state !== 'paused' || !session) return;
      setState('training');
      return startLoop();
    case 'step':
      return step(request);
    case 'stop':
      if (state !== 'training' && state !== 'paused') return;
      await halt('done');
      setState('done');
      return;
    case 'reset':
      return rebuild();
    case 'bench':
      return bench();
    case 'drawn':
      return onDrawn();
  }
}

// Requests are handled one at a time, in order ('drawn' at once: it only sets a flag).
let queue: Promise<void> = Promise.resolve();
scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'drawn') return onDrawn();
  queue = queue
    .then(() => handle(request))
    .catch((error: unknown) => post({ type: 'error', message: messageOf(error) }));
});
