/**
 * Keeping a trained sentiment model: in the browser's IndexedDB (TF.js' `indexeddb://` handler,
 * which works in a worker), with the vocabulary and settings as the model's user-defined
 * metadata so that one record restores everything; and as files to download (model.json,
 * weights, vocabulary), captured with `tf.io.withSaveHandler` because a worker cannot click links.
 */
import * as tf from '@tensorflow/tfjs';
import type { TruncateSide } from '../../ml/data/text';
import { SENTIMENT_MODEL_NAMES } from '../../ml/models/sentiment';
import type { DataSource, DownloadFile, SentimentLabConfig } from './protocol';

/** The IndexedDB key of the lab's saved model (one slot). */
export const STORE_URL = 'indexeddb://sentiment-lab';
const FORMAT = 'sentiment-lab/1';

/** What is stored beside the weights. */
export interface SavedMetadata {
  format: typeof FORMAT;
  config: SentimentLabConfig;
  source: DataSource;
  truncate: TruncateSide;
  /** The vocabulary, words[id]. */
  words: string[];
}

function isSavedMetadata(value: unknown): value is SavedMetadata {
  const meta = value as Partial<SavedMetadata> | undefined;
  return (
    meta?.format === FORMAT &&
    Array.isArray(meta.words) &&
    typeof meta.config === 'object' &&
    SENTIMENT_MODEL_NAMES.includes(meta.config.model) &&
    (meta.source?.kind === 'imdb' || meta.source?.kind === 'csv')
  );
}

/** When the saved model was stored (ISO date), or null when there is none. */
export async function savedAt(): Promise<string | null> {
  try {
    const models = await tf.io.listModels();
    const info = models[STORE_URL];
    return info ? new Date(info.dateSaved).toISOString() : null;
  } catch {
    return null; // IndexedDB unavailable (private mode, Node): nothing saved.
  }
}

/** Stores `model` with its metadata in IndexedDB, replacing the previous one. Returns the save date. */
export async function saveModel(model: tf.LayersModel, metadata: SavedMetadata): Promise<string> {
  model.setUserDefinedMetadata(metadata as unknown as Record<string, unknown>);
  const result = await model.save(STORE_URL);
  return new Date(result.modelArtifactsInfo.dateSaved).toISOString();
}

/** Loads the saved model and its metadata; throws a readable Error when there is none or it is not ours. */
export async function loadModel(): Promise<{ model: tf.LayersModel; metadata: SavedMetadata }> {
  const model = await tf.loadLayersModel(STORE_URL);
  const metadata: unknown = model.getUserDefinedMetadata();
  if (!isSavedMetadata(metadata)) {
    model.dispose();
    throw new Error('The saved model was not made by this lab (or by an older version of it)');
  }
  return { model, metadata };
}

/** model.json, the weights and the vocabulary as files (the model loads with tf.loadLayersModel + browserFiles). */
export async function exportModel(model: tf.LayersModel, metadata: SavedMetadata): Promise<DownloadFile[]> {
  let captured: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!captured?.weightData || !captured.weightSpecs) throw new Error('The model could not be serialised');
  const weights = tf.io.CompositeArrayBuffer.join(captured.weightData);
  const modelJson = {
    modelTopology: captured.modelTopology,
    format: captured.format,
    generatedBy: captured.generatedBy,
    convertedBy: captured.convertedBy ?? null,
    weightsManifest: [{ paths: ['sentiment-model.weights.bin'], weights: captured.weightSpecs }],
    userDefinedMetadata: { config: metadata.config, source: metadata.source, truncate: metadata.truncate },
  };
  const vocabulary = {
    truncate: metadata.truncate,
    sequenceLength: metadata.config.sequenceLength,
    words: metadata.words,
  };
  return [
    { name: 'sentiment-model.json', type: 'application/json', data: JSON.stringify(modelJson) },
    { name: 'sentiment-model.weights.bin', type: 'application/octet-stream', data: weights },
    { name: 'sentiment-vocabulary.json', type: 'application/json', data: JSON.stringify(vocabulary) },
  ];
}
