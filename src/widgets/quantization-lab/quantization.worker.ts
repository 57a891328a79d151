/**
 * The quantisation lab's worker: trains the small MNIST CNN, then stores its weights in 8, 4 and 2
 * bits (per tensor and per channel), rebuilds a model from each version and tests it on the 1,000
 * test digits. All TF.js work happens here; the page renders the {@link QuantizationResponse}s.
 */
import * as tf from '@tensorflow/tfjs';
import { initBackend } from '../../ml/backend';
import { mnistToDevice, type DeviceDataset } from '../../ml/data/device';
import { decodeMnist } from '../../ml/data/mnist';
import { createMnistModel } from '../../ml/models';
import { compareQuantizations, QUANTIZATION_SPECS } from '../../ml/quantize';
import { createTrainer, type Trainer } from '../../ml/training';
import { fetchCached } from '../../lib/fetch-cached';
import { messageOf, workerScope } from '../shared/worker/worker-scope';
import type { QuantizationRequest, QuantizationResponse } from './protocol';
import { quantizationLabTraining, trainingConfig, type TrainingLength } from './settings';

const scope = workerScope<QuantizationRequest, QuantizationResponse>();
const post = (message: QuantizationResponse) => scope.postMessage(message);

let train: DeviceDataset | undefined;
let test: DeviceDataset | undefined;
let counts = { train: 0, test: 0 };
let length: TrainingLength = 'epoch';
let model: tf.LayersModel | undefined;
let trainer: Trainer | undefined;
/** The measuring in progress, so that Reset can stop it and wait before disposing the model. */
let measuring: { abort: AbortController; done: Promise<void> } | undefined;

function postMemory(): void {
  const memory = tf.memory() as tf.MemoryInfo & { numBytesInGPU?: number };
  post({ type: 'memory', numTensors: memory.numTensors, gpuBytes: memory.numBytesInGPU ?? 0 });
}

async function stopMeasuring(): Promise<void> {
  const current = measuring;
  measuring = undefined;
  current?.abort.abort();
  await current?.done;
}

async function disposeTrainer(): Promise<void> {
  const current = trainer;
  trainer = undefined;
  await current?.dispose();
}

/** A fresh, untrained model (the old one, its trainer and any measuring are ended first). */
async function rebuildModel(): Promise<void> {
  if (!train) return;
  await stopMeasuring();
  await disposeTrainer();
  model?.dispose();
  model = createMnistModel('small-cnn', { seed: quantizationLabTraining.modelSeed });
  post({ type: 'ready', params: model.countParams(), counts });
  postMemory();
}

async function init(request: Extract<QuantizationRequest, { type: 'init' }>): Promise<void> {
  post({ type: 'backend', info: await initBackend({ preference: request.preference, wasmPaths: request.wasmPaths }) });
  const bytes = await fetchCached(request.dataUrl, (loaded, total) => post({ type: 'progress', loaded, total }));
  const splits = decodeMnist(bytes);
  train = mnistToDevice(splits.train);
  test = mnistToDevice(splits.test);
  counts = { train: splits.train.count, test: splits.test.count };
  length = request.length;
  await rebuildModel();
}

/** Every storage option of the current model, measured on the test digits; then the lab is done. */
async function measure(current: tf.LayersModel): Promise<void> {
  if (!test) return;
  const abort = new AbortController();
  post({ type: 'evaluating', total: QUANTIZATION_SPECS.length });
  const done = compareQuantizations(current, test, {
    signal: abort.signal,
    onRow: (row) => {
      if (!abort.signal.aborted) post({ type: 'row', row });
    },
  }).then(
    () => {
      if (!abort.signal.aborted) post({ type: 'state', state: 'done' });
    },
    (error: unknown) => {
      post({ type: 'error', message: messageOf(error) });
      post({ type: 'state', state: 'ready' });
    },
  );
  measuring = { abort, done };
  try {
    await done;
  } finally {
    if (measuring?.abort === abort) measuring = undefined;
    postMemory();
  }
}

/** Trains the current model (further, if it was trained before), then measures it. */
async function startTraining(): Promise<void> {
  if (!model || !train || measuring) return;
  if (trainer && (trainer.state === 'training' || trainer.state === 'paused')) return;
  await disposeTrainer();
  const current = model;
  const run = createTrainer({
    model: current,
    train,
    config: trainingConfig(length),
    onEvent: (event) => {
      if (event.type === 'batch') post({ type: 'training', event });
      if (event.type === 'state' && (event.state === 'training' || event.state === 'paused'))
        post({ type: 'state', state: event.state });
      if (event.type === 'state' && event.state === 'error') post({ type: 'training', event });
      if (event.type === 'batch' && event.step % 10 === 0) postMemory();
    },
  });
  trainer = run;
  const result = await run.start();
  if (trainer !== run) return; // Reset or new settings while training: that model is gone.
  await disposeTrainer();
  postMemory();
  if (result.state === 'error') {
    post({ type: 'state', state: 'ready' });
    return;
  }
  await measure(current);
}

async function handle(request: QuantizationRequest): Promise<void> {
  switch (request.type) {
    case 'init':
      return init(request);
    case 'configure':
      length = request.length;
      return rebuildModel();
    case 'train':
      return startTraining();
    case 'pause':
      return trainer?.pause();
    case 'resume':
      return trainer?.resume();
    case 'stop':
      return trainer?.stop();
    case 'reset':
      return rebuildModel();
  }
}

scope.addEventListener('message', (event) => {
  handle(event.data).catch((error: unknown) => post({ type: 'error', message: messageOf(error) }));
});
