/**
 * The text-transfer lab's worker: loads the IMDB reviews and the shipped word vectors, runs the
 * few-label comparison (src/ml/text-transfer) and live skip-gram pre-training, and posts what
 * happens. All TF.js work is here, so the page's main thread never blocks.
 */
import * as tf from '@tensorflow/tfjs';
import { initBackend, type BackendName } from '../../ml/backend';
import { decodeImdb, decodeImdbVocabulary, type ImdbAsset } from '../../ml/data/imdb';
import { textToDevice } from '../../ml/data/text-device';
import { takeTexts } from '../../ml/text-transfer/data';
import { DEFAULT_FEW_LABEL_CONFIG, FewLabelExperiment, type FewLabelConfig } from '../../ml/text-transfer/experiment';
import { neighboursOf, PROBE_WORDS, randomVectors } from '../../ml/text-transfer/neighbours';
import { DEFAULT_WORD_PRETRAIN, pretrainWordVectors } from '../../ml/text-transfer/pretrain';
import { decodeWordVectors, type WordVectors } from '../../ml/text-transfer/vectors';
import { fetchCached } from '../../lib/fetch-cached';
import {
  contextLostNotice,
  fallBackAfterContextLoss,
  loseContextForTesting,
  settleWithin,
  watchContextLoss,
} from '../shared/worker/context-loss';
import { NO_DEBUG, type LabDebug } from '../shared/worker/debug';
import { messageOf, workerScope } from '../shared/worker/worker-scope';
import { TEST_REVIEWS, type TextTransferRequest, type TextTransferResponse, type VectorsReport } from './protocol';

const NEIGHBOURS = 6;

const scope = workerScope<TextTransferRequest, TextTransferResponse>();
const post = (message: TextTransferResponse) => scope.postMessage(message);

let preference: BackendName[] = [];
let debug: LabDebug = NO_DEBUG;
let imdb: ImdbAsset | undefined;
let words: readonly string[] = [];
let vectors: WordVectors | undefined;
let test: ReturnType<typeof textToDevice> | undefined;
let experiment: { run: FewLabelExperiment; done: Promise<unknown> } | undefined;
let pretraining: { control: PretrainControl; done: Promise<unknown> } | undefined;

/** Pause and stop for live pre-training (which is one loop, not a trainer). */
class PretrainControl {
  paused = false;
  stopped = false;
  /** Set on a context loss: the vectors it would return were on the lost GPU, so they are dropped. */
  abandoned = false;
  private wake: (() => void) | undefined;
  async proceed(): Promise<boolean> {
    while (this.paused && !this.stopped) await new Promise<void>((resolve) => (this.wake = resolve));
    return !this.stopped;
  }
  set(paused: boolean, stopped = this.stopped): void {
    this.paused = paused;
    this.stopped = stopped;
    this.wake?.();
  }
}

function postMemory(): void {
  const memory = tf.memory() as tf.MemoryInfo & { numBytesInGPU?: number };
  post({ type: 'memory', memory: { numTensors: memory.numTensors, gpuBytes: memory.numBytesInGPU ?? 0 } });
}

function report(source: VectorsReport['source'], current: WordVectors): VectorsReport {
  const { vocabularySize, dim } = current.info;
  const vocabulary = words.slice(0, vocabularySize);
  return {
    source,
    info: current.info,
    before: neighboursOf(randomVectors(vocabularySize, dim, 1), dim, vocabulary, PROBE_WORDS, NEIGHBOURS),
    after: neighboursOf(current.vectors, dim, vocabulary, PROBE_WORDS, NEIGHBOURS),
  };
}

/** The test reviews on the current backend (again after a context loss). */
function uploadTest(): void {
  if (!imdb || !vectors) return;
  const count = Math.min(TEST_REVIEWS, imdb.splits.test.count);
  test = textToDevice(
    takeTexts(
      imdb.splits.test,
      Array.from({ length: count }, (_, i) => i),
    ),
    { sequenceLength: DEFAULT_FEW_LABEL_CONFIG.sequenceLength, vocabularySize: vectors.info.vocabularySize },
  );
}

async function init(request: Extract<TextTransferRequest, { type: 'init' }>): Promise<void> {
  ({ preference, debug } = request);
  post({ type: 'backend', info: await initBackend({ preference, wasmPaths: request.wasmPaths }) });
  watchContextLoss(
    () => void recoverFromContextLoss().catch((error: unknown) => post({ type: 'error', message: messageOf(error) })),
  );
  const [data, vocabulary, shipped] = await Promise.all([
    fetchCached(request.dataUrl, (loaded, total) => post({ type: 'progress', loaded, total })),
    fetchCached(request.vocabularyUrl),
    fetchCached(request.vectorsUrl),
  ]);
  imdb = decodeImdb(data);
  words = decodeImdbVocabulary(new TextDecoder().decode(vocabulary), imdb).file.words;
  vectors = decodeWordVectors(shipped);
  uploadTest();
  post({ type: 'vectors', report: report('shipped', vectors) });
  post({ type: 'state', state: 'ready' });
  postMemory();
}

function busy(): boolean {
  return experiment !== undefined || pretraining !== undefined;
}

function train(config: FewLabelConfig): void {
  if (busy() || !imdb || !vectors || !test) return;
  const data = {
    pool: imdb.splits.train,
    test,
    vectors: vectors.vectors,
    vocabularySize: vectors.info.vocabularySize,
    dim: vectors.info.dim,
  };
  const run = new FewLabelExperiment(
    data,
    { ...config, sequenceLength: DEFAULT_FEW_LABEL_CONFIG.sequenceLength },
    (event) => {
      post({ type: 'experiment', event });
      if (event.type === 'run-result') postMemory();
    },
  );
  post({ type: 'state', state: 'training', job: 'finetune' });
  const done = run
    .start()
    .then((result) => post({ type: 'state', state: result.state === 'done' ? 'done' : 'ready' }))
    .catch((error: unknown) => {
      post({ type: 'error', message: messageOf(error) });
      post({ type: 'state', state: 'ready' });
    })
    .finally(() => {
      if (experiment?.run === run) experiment = undefined;
      postMemory();
    });
  experiment = { run, done };
}

/**
 * Pre-trains new vectors here, live, with the shipped recipe for `steps` steps; they replace the
 * ones in use when done, or when stopped early (then trained for fewer steps).
 */
function pretrainLive(steps: number): void {
  if (busy() || !imdb) return;
  const control = new PretrainControl();
  post({ type: 'state', state: 'training', job: 'pretrain' });
  const done = pretrainWordVectors(
    imdb.splits.train,
    { ...DEFAULT_WORD_PRETRAIN, steps },
    {
      reportEvery: 5,
      onProgress: (event) => post({ type: 'pretraining', event }),
      shouldContinue: () => control.proceed(),
    },
  )
    .then((result) => {
      if (control.abandoned) return;
      if (result.info.steps > 0) {
        vectors = result;
        post({ type: 'vectors', report: report('live', result) });
      }
      post({ type: 'state', state: 'ready' });
    })
    .catch((error: unknown) => {
      post({ type: 'error', message: messageOf(error) });
      post({ type: 'state', state: 'ready' });
    })
    .finally(() => {
      if (pretraining?.control === control) pretraining = undefined;
      postMemory();
    });
  pretraining = { control, done };
}

/**
 * The WebGL context is gone with every tensor on it (see src/widgets/shared/worker/context-loss.ts):
 * abandon the runs (their results so far stay on the page), free the rest, move to a CPU backend,
 * upload the test reviews again and say so. The word vectors live on the CPU and survive.
 */
async function recoverFromContextLoss(): Promise<void> {
  const running = [experiment, pretraining];
  const duringTraining = busy();
  experiment?.run.stop();
  if (pretraining) pretraining.control.abandoned = true;
  pretraining?.control.set(false, true);
  await settleWithin(Promise.all(running.map((job) => job?.done)), 2000);
  experiment = undefined;
  pretraining = undefined;
  test?.dispose();
  test = undefined;
  const info = await fallBackAfterContextLoss(preference);
  post({ type: 'backend', info });
  uploadTest();
  post(contextLostNotice(info.backend, duringTraining));
  post({ type: 'state', state: 'ready' });
  postMemory();
}

function pause(): void {
  experiment?.run.pause();
  pretraining?.control.set(true);
  if (busy()) post({ type: 'state', state: 'paused' });
}

function resume(): void {
  experiment?.run.resume();
  pretraining?.control.set(false);
  if (busy()) post({ type: 'state', state: 'training' });
}

async function stopAll(): Promise<void> {
  const running = [experiment, pretraining];
  experiment?.run.stop();
  pretraining?.control.set(false, true);
  await Promise.all(running.map((job) => job?.done));
}

async function handle(request: TextTransferRequest): Promise<void> {
  switch (request.type) {
    case 'init':
      return init(request);
    case 'train':
      return train(request.config);
    case 'pretrain':
      return pretrainLive(request.steps);
    case 'pause':
      return pause();
    case 'resume':
      return resume();
    case 'stop':
      return stopAll();
    case 'reset':
      await stopAll();
      post({ type: 'state', state: 'ready' });
      return postMemory();
    case 'lose-context':
      if (debug.faults && !loseContextForTesting())
        post({ type: 'notice', message: 'There is no WebGL context to lose.', notice: { code: 'no-context' } });
      return;
  }
}

scope.addEventListener('message', (event) => {
  handle(event.data).catch((error: unknown) => post({ type: 'error', message: messageOf(error) }));
});
