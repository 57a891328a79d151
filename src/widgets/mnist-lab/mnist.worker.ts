/**
 * The MNIST lab's training worker. All TF.js work happens here, so the page's main thread never
 * blocks while training (WebGL runs on an OffscreenCanvas). The page drives it with
 * {@link MnistRequest}s and renders the {@link MnistResponse}s it posts back.
 */
import * as tf from '@tensorflow/tfjs';
import { initBackend, type BackendName } from '../../ml/backend';
import { mnistToDevice, type DeviceDataset } from '../../ml/data/device';
import { decodeMnist, MNIST_CLASSES, type MnistSplits } from '../../ml/data/mnist';
import { confusionAccuracy, confusionMatrix } from '../../ml/metrics/classification';
import { createMnistModel, summarizeModel } from '../../ml/models';
import { createTrainer, predictBatch, type Trainer } from '../../ml/training';
import { fetchCached } from '../../lib/fetch-cached';
import {
  fallBackAfterContextLoss,
  loseContextForTesting,
  settleWithin,
  watchContextLoss,
} from '../shared/worker/context-loss';
import { NO_DEBUG, type LabDebug } from '../shared/worker/debug';
import { messageOf, workerScope } from '../shared/worker/worker-scope';
import type { MnistLabConfig, MnistRequest, MnistResponse, Prediction, TestReport } from './protocol';
import { firstLayerView } from './first-layer';
import { subsetSplits } from './subset';

const scope = workerScope<MnistRequest, MnistResponse>();
const post = (message: MnistResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let preference: BackendName[] = ['webgl', 'wasm', 'cpu'];
let dataUrl = '';
let debug: LabDebug = NO_DEBUG;
/** The decoded digits and their device copies: loaded for training, released on Reset. */
let splits: MnistSplits | undefined;
let train: DeviceDataset | undefined;
let validation: DeviceDataset | undefined;
let counts: { train: number; validation: number; test: number } | undefined;
let config: MnistLabConfig | undefined;
let model: tf.LayersModel | undefined;
let trainer: Trainer | undefined;
/** Bumped when runs are abandoned (a lost WebGL context): their late events are not posted. */
let generation = 0;

function postMemory(epoch?: number): void {
  const memory = tf.memory() as tf.MemoryInfo & { numBytesInGPU?: number };
  post({
    type: 'memory',
    memory: { numTensors: memory.numTensors, gpuBytes: memory.numBytesInGPU ?? 0, bytes: memory.numBytes },
    ...(epoch === undefined ? {} : { epoch }),
  });
}

/** Fetches (from Cache Storage after the first time) and decodes the digits, and uploads train and validation. */
async function loadData(): Promise<void> {
  const bytes = await fetchCached(dataUrl, (loaded, total) => post({ type: 'progress', loaded, total }));
  splits = subsetSplits(decodeMnist(bytes), debug.subset);
  counts = { train: splits.train.count, validation: splits.validation.count, test: splits.test.count };
  train = mnistToDevice(splits.train);
  validation = mnistToDevice(splits.validation);
}

/** Frees the data: the device tensors and the decoded bytes (the next Train loads them again). */
function releaseData(): void {
  train?.dispose();
  validation?.dispose();
  train = undefined;
  validation = undefined;
  splits = undefined;
}

async function disposeTrainer(): Promise<void> {
  const current = trainer;
  trainer = undefined;
  await current?.dispose();
}

/** A fresh model for the current config (the old one and its trainer are disposed). */
async function rebuildModel(): Promise<void> {
  if (!config || !counts) return;
  await disposeTrainer();
  model?.dispose();
  model = createMnistModel(config.model, { seed: config.seed });
  post({ type: 'ready', summary: summarizeModel(model), counts });
  postMemory();
}

async function init(request: Extract<MnistRequest, { type: 'init' }>): Promise<void> {
  ({ preference, dataUrl, debug } = request);
  post({ type: 'backend', info: await initBackend({ preference, wasmPaths: request.wasmPaths }) });
  watchContextLoss(() => void recoverFromContextLoss().catch(reportError));
  await loadData();
  config = request.config;
  await rebuildModel();
}

/**
 * The WebGL context is gone, and with it every tensor on the GPU (weights, data, optimizer
 * state): abandon the run, free what is left, move to the CPU backend, upload the data again
 * and start over with a fresh model — no page reload. The reader is told what happened.
 */
async function recoverFromContextLoss(): Promise<void> {
  generation++;
  const run = trainer;
  trainer = undefined;
  const wasTraining = run !== undefined && (run.state === 'training' || run.state === 'paused');
  // A batch in flight may wait forever for a read from the lost context: give it 2 s.
  if (run) await settleWithin(run.dispose(), 2000);
  model?.dispose();
  model = undefined;
  const hadData = splits !== undefined;
  releaseData();
  const info = await fallBackAfterContextLoss(preference);
  post({ type: 'backend', info });
  if (hadData) await loadData();
  await rebuildModel();
  post({
    type: 'notice',
    message:
      `The WebGL context was lost${wasTraining ? ' during training' : ''} (the GPU was reset or taken by another ` +
      `program), and the model on it with it. The lab now runs on ${info.backend} (the CPU) with a fresh model: ` +
      'press Train to train again. Reload the page to try the GPU again.',
    notice: { code: 'context-lost', backend: info.backend, duringTraining: wasTraining },
  });
}

function reportError(error: unknown): void {
  post({ type: 'error', message: messageOf(error) });
}

const FINAL = ['done', 'stopped', 'error'];

/** The current run, or a new one (not started) on the current model when there is none or it ended. */
async function ensureTrainer(): Promise<Trainer | undefined> {
  if (trainer && !FINAL.includes(trainer.state)) return trainer;
  if (!model || !config) return undefined;
  if (!train) await loadData();
  if (!train) return undefined;
  await disposeTrainer();
  const current = generation;
  trainer = createTrainer({
    model,
    train,
    validation,
    config: {
      optimizer: config.optimizer,
      learningRate: config.learningRate,
      schedule: config.schedule,
      readIntervalMs: 100,
      loss: 'categoricalCrossentropy',
      batchSize: config.batchSize,
      epochs: config.epochs,
      seed: config.seed,
    },
    onEvent: (event) => {
      if (current !== generation) return;
      post({ type: 'training', event });
      if (event.type === 'epoch') postMemory(event.epoch);
      else if (event.type === 'batch' && event.step % 10 === 0) postMemory();
    },
  });
  return trainer;
}

/** After a run ends: the test report when it completed, and the memory figures either way. */
function whenFinished(run: Trainer, finished: Promise<{ state: string }>): void {
  const current = generation;
  void finished
    .then(async (result) => {
      if (result.state === 'done' && trainer === run) await reportTest();
    })
    .catch((error: unknown) => current === generation && reportError(error))
    .finally(() => current === generation && postMemory());
}

async function startTraining(): Promise<void> {
  const run = await ensureTrainer();
  if (!run) return;
  if (run.state === 'paused') run.resume();
  else if (run.state === 'idle') whenFinished(run, run.start());
}

/** One batch: from a paused run, or a new run that starts paused. */
async function stepTraining(): Promise<void> {
  const run = await ensureTrainer();
  if (!run) return;
  const wasIdle = run.state === 'idle';
  const stepped = run.step();
  if (wasIdle) whenFinished(run, run.start());
  await stepped;
}

async function reportTest(): Promise<void> {
  if (!model || !splits) return;
  const test = splits.test;
  const xs = tf.tidy(() =>
    tf.tensor4d(
      Float32Array.from(test.images, (v) => v / 255),
      [test.count, 28, 28, 1],
    ),
  );
  const { values } = await predictBatch(model, xs);
  xs.dispose();
  const predicted = new Int32Array(test.count);
  for (let i = 0; i < test.count; i++) {
    let best = 0;
    for (let c = 1; c < MNIST_CLASSES; c++)
      if (values[i * MNIST_CLASSES + c] > values[i * MNIST_CLASSES + best]) best = c;
    predicted[i] = best;
  }
  const matrix = confusionMatrix(test.labels.subarray(0, test.count), predicted, MNIST_CLASSES);
  const report: TestReport = {
    accuracy: confusionAccuracy(matrix),
    confusion: Array.from({ length: MNIST_CLASSES }, (_, row) =>
      Array.from(matrix.counts.subarray(row * MNIST_CLASSES, (row + 1) * MNIST_CLASSES)),
    ),
    predicted,
    probabilities: values,
    images: test.images.slice(),
    labels: test.labels.slice(),
  };
  post({ type: 'test', report }, [report.predicted.buffer, report.images.buffer, report.labels.buffer]);
}

async function predict(id: number, pixels: Float32Array): Promise<void> {
  if (!model) return;
  const xs = tf.tensor4d(pixels, [1, 28, 28, 1]);
  try {
    const { values } = await predictBatch(model, xs);
    const prediction: Prediction = { id, probabilities: Array.from(values), ...(await firstLayerView(model, xs)) };
    post({ type: 'prediction', prediction });
  } finally {
    xs.dispose();
  }
}

async function handle(request: MnistRequest): Promise<void> {
  switch (request.type) {
    case 'init':
      return init(request);
    case 'configure':
      config = request.config;
      return rebuildModel();
    case 'train':
      return startTraining();
    case 'pause':
      return trainer?.pause();
    case 'resume':
      return trainer?.resume();
    case 'step':
      return stepTraining();
    case 'stop':
      return trainer?.stop();
    case 'reset':
      await disposeTrainer();
      releaseData();
      return rebuildModel();
    case 'predict':
      return predict(request.id, request.pixels);
    case 'lose-context':
      if (debug.faults && !loseContextForTesting())
        post({ type: 'notice', message: 'There is no WebGL context to lose.', notice: { code: 'no-context' } });
      return;
  }
}

scope.addEventListener('message', (event) => {
  handle(event.data).catch(reportError);
});
