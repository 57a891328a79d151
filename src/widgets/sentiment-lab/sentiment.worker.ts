/**
 * The sentiment lab's training worker. All TF.js work happens here (WebGL on an
 * OffscreenCanvas), so the page never blocks. Requests that change the model or the data run one
 * after another (a queue); reading requests (a review to score, pause, stop) are answered at once,
 * between two training batches.
 */
import * as tf from '@tensorflow/tfjs';
import { initBackend, type BackendName } from '../../ml/backend';
import { DEFAULT_TRUNCATE, type Vocabulary } from '../../ml/data/text';
import { explainText } from '../../ml/inspect/attribution';
import { createSentimentModel } from '../../ml/models/sentiment';
import { summarizeModel } from '../../ml/models/summary';
import { createTrainer, type Trainer } from '../../ml/training';
import {
  fallBackAfterContextLoss,
  loseContextForTesting,
  settleWithin,
  watchContextLoss,
} from '../shared/worker/context-loss';
import { NO_DEBUG, type LabDebug } from '../shared/worker/debug';
import { messageOf, workerScope } from '../shared/worker/worker-scope';
import type { SentimentLabConfig, SentimentRequest, SentimentResponse } from './protocol';
import { LabData } from './worker-data';
import { embeddingMap, neighboursOf, readEmbedding, testReport } from './worker-inspect';
import { exportModel, loadModel, savedAt, saveModel, type SavedMetadata } from './worker-store';

const scope = workerScope<SentimentRequest, SentimentResponse>();
const post = (message: SentimentResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let data: LabData | undefined;
let config: SentimentLabConfig | undefined;
let vocabulary: Vocabulary | undefined;
let model: tf.LayersModel | undefined;
let trainer: Trainer | undefined;
let neighbourWord = 'great';
let preference: BackendName[] = ['webgl', 'wasm', 'cpu'];
let debug: LabDebug = NO_DEBUG;
/** Bumped when runs are abandoned (a lost WebGL context): their late events are not posted. */
let generation = 0;

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

/** Tells the page about the model now in use (and the data), then refreshes the embedding views. */
async function announceModel(loaded = false): Promise<void> {
  if (!model || !config || !data || !vocabulary) return;
  postMemory(); // before 'model', so that the page never shows the new model with the old count
  post({
    type: 'model',
    model: {
      summary: summarizeModel(model),
      config,
      source: data.source,
      vocabularySize: vocabulary.words.length,
      loaded,
    },
  });
  post({ type: 'data', data: data.info() });
  await refreshEmbeddingViews();
}

/** A fresh model for the current settings and data (the old one and its run are disposed). */
async function rebuildModel(): Promise<void> {
  if (!config || !data) return;
  await disposeTrainer();
  model?.dispose();
  model = undefined;
  vocabulary = data.vocabularyFor(config);
  model = createSentimentModel({ ...config, vocabularySize: vocabulary.words.length });
  await announceModel();
}

async function refreshEmbeddingViews(): Promise<void> {
  if (!model || !vocabulary) return;
  const embedding = await readEmbedding(model);
  post({ type: 'embedding-map', map: embeddingMap(embedding, vocabulary) });
  post({ type: 'neighbours', report: neighboursOf(embedding, vocabulary, neighbourWord) });
}

async function init(request: Extract<SentimentRequest, { type: 'init' }>): Promise<void> {
  ({ preference, debug } = request);
  post({ type: 'backend', info: await initBackend({ preference, wasmPaths: request.wasmPaths }) });
  watchContextLoss(() => void recoverFromContextLoss().catch(reportError));
  data = new LabData({ data: request.dataUrl, vocabulary: request.vocabularyUrl }, (loaded, total) =>
    post({ type: 'progress', loaded, total }),
  );
  await data.loadVocabulary();
  config = request.config;
  await rebuildModel();
  post({ type: 'stored', savedAt: await savedAt() });
}

/**
 * The WebGL context is gone with every tensor on it (see src/widgets/shared/worker/context-loss.ts):
 * abandon the run, free the rest, move to the CPU backend and start over with a fresh model.
 */
async function recoverFromContextLoss(): Promise<void> {
  generation++;
  const run = trainer;
  trainer = undefined;
  const wasTraining = run !== undefined && (run.state === 'training' || run.state === 'paused');
  if (run) await settleWithin(run.dispose(), 2000);
  model?.dispose();
  model = undefined;
  data?.dropDevice();
  const info = await fallBackAfterContextLoss(preference);
  post({ type: 'backend', info });
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

/** The current run, or a new one (not started) after loading the data when there is none or it ended. */
async function ensureTrainer(): Promise<Trainer | undefined> {
  if (trainer && !FINAL.includes(trainer.state)) return trainer;
  if (!model || !config || !data) return undefined;
  const splits = await data.ensureDevice(config);
  post({ type: 'data', data: data.info() });
  await disposeTrainer();
  const current = generation;
  const run = createTrainer({
    model,
    train: splits.train,
    validation: splits.validation,
    config: {
      optimizer: config.optimizer,
      learningRate: config.learningRate,
      schedule: config.schedule,
      readIntervalMs: 100,
      loss: 'binaryCrossentropy',
      batchSize: config.batchSize,
      epochs: config.epochs,
      seed: config.seed,
      ...(config.maxSteps > 0 ? { maxSteps: config.maxSteps } : {}),
    },
    onEvent: (event) => {
      if (current !== generation) return;
      post({ type: 'training', event });
      if (event.type === 'epoch' || (event.type === 'batch' && event.step % 10 === 0)) postMemory();
      if (event.type === 'epoch') enqueue(refreshEmbeddingViews);
    },
  });
  trainer = run;
  return run;
}

/** After a run ends (done, or stopped after some steps): the test report and fresh embedding views. */
function whenFinished(run: Trainer, finished: Promise<{ state: string; steps: number }>): void {
  void finished.then((result) =>
    enqueue(async () => {
      if (trainer !== run || !model || !data || !config) return;
      if (result.state !== 'error' && result.steps > 0) {
        const splits = await data.ensureDevice(config);
        post({ type: 'test', report: await testReport(model, splits.test, splits.testLabels) });
      }
      await refreshEmbeddingViews();
      postMemory();
    }),
  );
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

async function analyze(id: number, text: string): Promise<void> {
  if (!model || !vocabulary || !config) return;
  const analysis = await explainText(model, vocabulary, text, config.sequenceLength, DEFAULT_TRUNCATE);
  post({ type: 'analysis', id, analysis });
  // An analysis runs beside the queue: a memory report taken meanwhile (e.g. by a Reset) counted
  // its tensors, now freed. Report again so that the last count shown is the true one.
  postMemory();
}

function metadata(): SavedMetadata {
  if (!config || !data || !vocabulary) throw new Error('There is no model to save yet');
  return {
    format: 'sentiment-lab/1',
    config,
    source: data.source,
    truncate: DEFAULT_TRUNCATE,
    words: [...vocabulary.words],
  };
}

async function load(): Promise<void> {
  if (!data) return;
  const loaded = await loadModel();
  await disposeTrainer();
  model?.dispose();
  const { metadata: meta } = loaded;
  data.useSaved(meta.source, meta.words);
  config = meta.config;
  vocabulary = data.vocabularyFor(config);
  model = loaded.model;
  await announceModel(true);
  post({
    type: 'notice',
    message: 'Loaded the saved model, its vocabulary and its settings.',
    notice: { code: 'model-loaded' },
  });
}

/** Requests that change the model or data: run in order, one at a time. */
async function handleQueued(request: SentimentRequest): Promise<void> {
  switch (request.type) {
    case 'init':
      return init(request);
    case 'configure':
      config = request.config;
      return rebuildModel();
    case 'train':
      return startTraining();
    case 'step':
      return stepTraining();
    case 'reset':
      await disposeTrainer();
      data?.release();
      return rebuildModel();
    case 'use-csv':
      if (!config || !data) return;
      await disposeTrainer();
      data.useCsv(request.name, request.texts, request.labels, config);
      return rebuildModel();
    case 'use-imdb':
      await disposeTrainer();
      data?.useImdb();
      return rebuildModel();
    case 'load':
      return load();
    case 'save':
      if (model) post({ type: 'stored', savedAt: await saveModel(model, metadata()) });
      return;
    case 'export': {
      if (!model) return;
      const files = await exportModel(model, metadata());
      post(
        { type: 'download', files },
        files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data])),
      );
      return;
    }
  }
}

let queue: Promise<void> = Promise.resolve();

/** Runs `task` after every earlier queued task; its error goes to the page. */
function enqueue(task: () => Promise<void>): void {
  queue = queue.then(task).catch((error: unknown) => post({ type: 'error', message: messageOf(error) }));
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  const immediate = async () => {
    switch (request.type) {
      case 'pause':
        return trainer?.pause();
      case 'resume':
        return trainer?.resume();
      case 'stop':
        return trainer?.stop();
      case 'lose-context':
        if (debug.faults && !loseContextForTesting())
          post({ type: 'notice', message: 'There is no WebGL context to lose.', notice: { code: 'no-context' } });
        return;
      case 'analyze':
        return analyze(request.id, request.text);
      case 'neighbours':
        neighbourWord = request.word;
        if (model && vocabulary)
          post({ type: 'neighbours', report: neighboursOf(await readEmbedding(model), vocabulary, request.word) });
        return;
    }
    enqueue(() => handleQueued(request));
  };
  immediate().catch((error: unknown) => post({ type: 'error', message: messageOf(error) }));
});
