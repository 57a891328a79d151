/**
 * The transfer lab's worker: loads the digits and the pre-trained checkpoint, runs the fine-tuning
 * comparison (src/ml/transfer) and live pre-training, and posts what happens. All TF.js work is
 * here, so the page's main thread never blocks.
 */
import * as tf from '@tensorflow/tfjs';
import { initBackend, type BackendName } from '../../ml/backend';
import { decodeMnist, type MnistSplits } from '../../ml/data/mnist';
import type { Trainer } from '../../ml/training';
import { checkpointOf, decodeCheckpoint, type Checkpoint } from '../../ml/transfer/checkpoint';
import { selectDigits, taskToDevice } from '../../ml/transfer/data';
import { FineTuneExperiment, type FineTuneConfig, type TransferData } from '../../ml/transfer/experiment';
import { FINETUNE_DIGITS, PRETRAIN_DIGITS, TASK_CLASSES } from '../../ml/transfer/model';
import { createPretrainer, DEFAULT_PRETRAIN_CONFIG, pretrainData } from '../../ml/transfer/pretrain';
import { evaluateDataset } from '../../ml/training/evaluate';
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
import type { CheckpointReport, TransferRequest, TransferResponse } from './protocol';

const scope = workerScope<TransferRequest, TransferResponse>();
const post = (message: TransferResponse) => scope.postMessage(message);

let preference: BackendName[] = [];
let debug: LabDebug = NO_DEBUG;
let splits: MnistSplits | undefined;
let checkpoint: Checkpoint | undefined;
let data: TransferData | undefined;
let experiment: { run: FineTuneExperiment; done: Promise<unknown> } | undefined;
let pretraining: { trainer: Trainer; done: Promise<unknown> } | undefined;

function postMemory(): void {
  const memory = tf.memory() as tf.MemoryInfo & { numBytesInGPU?: number };
  post({ type: 'memory', memory: { numTensors: memory.numTensors, gpuBytes: memory.numBytesInGPU ?? 0 } });
}

function report(source: CheckpointReport['source'], saved: Checkpoint): CheckpointReport {
  const { info } = saved;
  return {
    source,
    validationAccuracy: Number(info.validationAccuracy),
    epochs: Number(info.epochs),
    trainExamples: Number(info.trainExamples),
  };
}

/** The new task's pool and both test sets, the test sets on the current backend. */
function uploadData(): void {
  if (!splits) return;
  data = {
    pool: selectDigits(splits.train, FINETUNE_DIGITS),
    testNew: taskToDevice(selectDigits(splits.test, FINETUNE_DIGITS), TASK_CLASSES),
    testOld: taskToDevice(selectDigits(splits.test, PRETRAIN_DIGITS), TASK_CLASSES),
  };
}

async function init(request: Extract<TransferRequest, { type: 'init' }>): Promise<void> {
  ({ preference, debug } = request);
  post({ type: 'backend', info: await initBackend({ preference, wasmPaths: request.wasmPaths }) });
  watchContextLoss(
    () => void recoverFromContextLoss().catch((error: unknown) => post({ type: 'error', message: messageOf(error) })),
  );
  const [bytes, weights] = await Promise.all([
    fetchCached(request.dataUrl, (loaded, total) => post({ type: 'progress', loaded, total })),
    fetchCached(request.checkpointUrl, () => undefined),
  ]);
  splits = decodeMnist(bytes);
  checkpoint = decodeCheckpoint(weights);
  uploadData();
  post({ type: 'checkpoint', report: report('shipped', checkpoint) });
  post({ type: 'state', state: 'ready' });
  postMemory();
}

function busy(): boolean {
  return experiment !== undefined || pretraining !== undefined;
}

function train(config: FineTuneConfig): void {
  if (busy() || !checkpoint || !data) return;
  const run = new FineTuneExperiment(checkpoint, data, config, (event) => {
    post({ type: 'experiment', event });
    if (event.type === 'run-result') postMemory();
  });
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

/** Pre-trains a new checkpoint on digits 0–4 here, live; it replaces the one in use when it completes. */
function pretrainLive(): void {
  if (busy() || !splits) return;
  const pretrainSet = pretrainData(splits);
  const config = DEFAULT_PRETRAIN_CONFIG;
  const { model, trainer } = createPretrainer(pretrainSet, config, (event) => {
    if (event.type !== 'state') post({ type: 'pretraining', event, epochs: config.epochs });
  });
  post({ type: 'state', state: 'training', job: 'pretrain' });
  const done = trainer
    .start()
    .then(async (result) => {
      if (abandoned.has(trainer)) return;
      if (result.state === 'done') {
        const validation = await evaluateDataset(model, pretrainSet.validation, { loss: 'categoricalCrossentropy' });
        checkpoint = await checkpointOf(model, {
          ...config,
          digits: PRETRAIN_DIGITS.join(''),
          trainExamples: pretrainSet.train.count,
          validationAccuracy: validation.accuracy ?? 0,
        });
        post({ type: 'checkpoint', report: report('live', checkpoint) });
      } else if (result.error) {
        post({ type: 'error', message: result.error.message });
      }
      post({ type: 'state', state: 'ready' });
    })
    .catch((error: unknown) => post({ type: 'error', message: messageOf(error) }))
    .finally(async () => {
      await trainer.dispose();
      model.dispose();
      pretrainSet.train.dispose();
      pretrainSet.validation.dispose();
      if (pretraining?.trainer === trainer) pretraining = undefined;
      postMemory();
    });
  pretraining = { trainer, done };
}

/** Live pre-training runs dropped by a context loss: their weights were on the lost GPU. */
const abandoned = new WeakSet<Trainer>();

/**
 * The WebGL context is gone with every tensor on it (see src/widgets/shared/worker/context-loss.ts):
 * abandon the runs (finished results stay on the page), free the rest, move to a CPU backend,
 * upload the test digits again and say so. The checkpoint lives on the CPU and survives.
 */
async function recoverFromContextLoss(): Promise<void> {
  const running = [experiment, pretraining];
  const duringTraining = busy();
  experiment?.run.stop();
  if (pretraining) abandoned.add(pretraining.trainer);
  pretraining?.trainer.stop();
  await settleWithin(Promise.all(running.map((job) => job?.done)), 2000);
  experiment = undefined;
  pretraining = undefined;
  data?.testNew.dispose();
  data?.testOld.dispose();
  data = undefined;
  const info = await fallBackAfterContextLoss(preference);
  post({ type: 'backend', info });
  uploadData();
  post(contextLostNotice(info.backend, duringTraining));
  post({ type: 'state', state: 'ready' });
  postMemory();
}

function pause(): void {
  experiment?.run.pause();
  pretraining?.trainer.pause();
  if (busy()) post({ type: 'state', state: 'paused' });
}

function resume(): void {
  experiment?.run.resume();
  pretraining?.trainer.resume();
  if (busy()) post({ type: 'state', state: 'training' });
}

async function stopAll(): Promise<void> {
  const running = [experiment, pretraining];
  experiment?.run.stop();
  pretraining?.trainer.stop();
  await Promise.all(running.map((job) => job?.done));
}

async function handle(request: TransferRequest): Promise<void> {
  switch (request.type) {
    case 'init':
      return init(request);
    case 'train':
      return train(request.config);
    case 'pretrain':
      return pretrainLive();
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
