/**
 * The MNIST lab's training worker. All TF.js work happens here, so the page's main thread never
 * blocks while training (WebGL runs on an OffscreenCanvas). The page drives it with
 * {@link MnistRequest}s and renders the {@link MnistResponse}s it posts back.
 */
import * as tf from '@tensorflow/tfjs';
import { initBackend } from '../../ml/backend';
import { mnistToDevice, type DeviceDataset } from '../../ml/data/device';
import { decodeMnist, MNIST_CLASSES, type MnistSplits } from '../../ml/data/mnist';
import { confusionAccuracy, confusionMatrix } from '../../ml/metrics/classification';
import { createMnistModel, summarizeModel } from '../../ml/models';
import { createTrainer, predictBatch, type Trainer } from '../../ml/training';
import { fetchCached } from '../../lib/fetch-cached';
import { messageOf, workerScope } from '../shared/worker/worker-scope';
import type { MnistLabConfig, MnistRequest, MnistResponse, Prediction, TestReport } from './protocol';
import { firstLayerView } from './first-layer';

const scope = workerScope<MnistRequest, MnistResponse>();
const post = (message: MnistResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let splits: MnistSplits | undefined;
let train: DeviceDataset | undefined;
let validation: DeviceDataset | undefined;
let config: MnistLabConfig | undefined;
let model: tf.LayersModel | undefined;
let trainer: Trainer | undefined;

function postMemory(): void {
  const memory = tf.memory() as tf.MemoryInfo & { numBytesInGPU?: number };
  post({
    type: 'memory',
    memory: { numTensors: memory.numTensors, gpuBytes: memory.numBytesInGPU ?? 0, bytes: memory.numBytes },
  });
}

async function disposeTrainer(): Promise<void> {
  const current = trainer;
  trainer = undefined;
  await current?.dispose();
}

/** A fresh model for the current config (the old one and its trainer are disposed). */
async function rebuildModel(): Promise<void> {
  if (!config || !splits) return;
  await disposeTrainer();
  model?.dispose();
  model = createMnistModel(config.model, { seed: config.seed });
  post({
    type: 'ready',
    summary: summarizeModel(model),
    counts: { train: splits.train.count, validation: splits.validation.count, test: splits.test.count },
  });
  postMemory();
}

async function init(request: Extract<MnistRequest, { type: 'init' }>): Promise<void> {
  post({ type: 'backend', info: await initBackend({ preference: request.preference, wasmPaths: request.wasmPaths }) });
  const bytes = await fetchCached(request.dataUrl, (loaded, total) => post({ type: 'progress', loaded, total }));
  splits = decodeMnist(bytes);
  train = mnistToDevice(splits.train);
  validation = mnistToDevice(splits.validation);
  config = request.config;
  await rebuildModel();
}

const FINAL = ['done', 'stopped', 'error'];

/** The current run, or a new one (not started) on the current model when there is none or it ended. */
async function ensureTrainer(): Promise<Trainer | undefined> {
  if (trainer && !FINAL.includes(trainer.state)) return trainer;
  if (!model || !train || !config) return undefined;
  await disposeTrainer();
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
      post({ type: 'training', event });
      if (event.type === 'epoch' || (event.type === 'batch' && event.step % 10 === 0)) postMemory();
    },
  });
  return trainer;
}

/** After a run ends: the test report when it completed, and the memory figures either way. */
function whenFinished(run: Trainer, finished: Promise<{ state: string }>): void {
  void finished
    .then(async (result) => {
      if (result.state === 'done' && trainer === run) await reportTest();
    })
    .catch((error: unknown) => post({ type: 'error', message: messageOf(error) }))
    .finally(postMemory);
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
      return rebuildModel();
    case 'predict':
      return predict(request.id, request.pixels);
  }
}

scope.addEventListener('message', (event) => {
  handle(event.data).catch((error: unknown) => post({ type: 'error', message: messageOf(error) }));
});
