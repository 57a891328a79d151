/**
 * What the sentiment worker reports about a model: test metrics with the ROC curve, the nearest
 * neighbours of a word and a 2-D map of sentiment words in the learned embedding.
 */
import * as tf from '@tensorflow/tfjs';
import type { DeviceDataset } from '../../ml/data/device';
import { RESERVED_IDS, type Vocabulary } from '../../ml/data/text';
import { nearestNeighbours, normalizeRows, pca2d, SENTIMENT_WORDS } from '../../ml/inspect/embedding';
import { binaryMetrics, rocAuc, rocCurve, thinCurve } from '../../ml/metrics/binary';
import type { EmbeddingMap, NeighboursReport, TestReport } from './protocol';

/**
 * P(positive) for every example of `data`, predicted in batches on the device (each batch freed
 * before the next, so GPU memory stays small) and read back once. Leaves no tensors.
 */
export async function predictScores(
  model: tf.LayersModel,
  data: DeviceDataset,
  batchSize = 1000,
): Promise<Float32Array> {
  const parts: tf.Tensor[] = [];
  try {
    for (let start = 0; start < data.count; start += batchSize) {
      const n = Math.min(batchSize, data.count - start);
      parts.push(
        tf.tidy(() => tf.reshape(model.apply(data.xs.slice(start, n), { training: false }) as tf.Tensor, [n])),
      );
    }
    const all = tf.concat(parts);
    try {
      return (await all.data()) as Float32Array;
    } finally {
      all.dispose();
    }
  } finally {
    tf.dispose(parts);
  }
}

/** Accuracy, precision, recall, F1 (threshold 0.5), the ROC curve and its area on the test split. */
export async function testReport(model: tf.LayersModel, test: DeviceDataset, labels: Uint8Array): Promise<TestReport> {
  const scores = await predictScores(model, test);
  const metrics = binaryMetrics(labels, scores);
  const bothClasses = metrics.tp + metrics.fn > 0 && metrics.tn + metrics.fp > 0;
  const curve = bothClasses ? rocCurve(labels, scores) : null;
  return {
    count: labels.length,
    counts: { tp: metrics.tp, fp: metrics.fp, tn: metrics.tn, fn: metrics.fn },
    accuracy: metrics.accuracy,
    precision: metrics.precision,
    recall: metrics.recall,
    f1: metrics.f1,
    roc: curve ? thinCurve(curve, 101).map((p) => ({ ...p, threshold: Math.min(p.threshold, 1) })) : null,
    auc: curve ? rocAuc(curve) : null,
  };
}

/** The embedding matrix (V × d) read back from the model's 'embedding' layer. */
export async function readEmbedding(model: tf.LayersModel): Promise<{ matrix: Float32Array; dim: number }> {
  // A copy, so that the next training step may replace the variable while this read is pending.
  const weights = tf.clone(model.getLayer('embedding').getWeights()[0]);
  try {
    return { matrix: (await weights.data()) as Float32Array, dim: weights.shape[1] ?? 1 };
  } finally {
    weights.dispose();
  }
}

/** The 10 nearest words to `word` by cosine similarity (null when the vocabulary lacks it). */
export function neighboursOf(
  embedding: { matrix: Float32Array; dim: number },
  vocabulary: Vocabulary,
  word: string,
): NeighboursReport {
  const id = vocabulary.ids.get(word.trim().toLowerCase());
  if (id === undefined) return { word, neighbours: null };
  const unit = normalizeRows(embedding.matrix, embedding.dim);
  return {
    word,
    neighbours: nearestNeighbours(unit, embedding.dim, id, 10).map((n) => ({
      word: vocabulary.words[n.id],
      similarity: n.similarity,
    })),
  };
}

/**
 * The sentiment words of {@link SENTIMENT_WORDS} that the vocabulary knows, placed by PCA of their
 * vectors; for a vocabulary that knows fewer than 6 of them (a small CSV), its 30 most frequent words.
 */
export function embeddingMap(embedding: { matrix: Float32Array; dim: number }, vocabulary: Vocabulary): EmbeddingMap {
  type Polarity = EmbeddingMap['points'][number]['polarity'];
  let chosen: { word: string; polarity: Polarity }[] = (['positive', 'negative', 'neutral'] as const).flatMap(
    (polarity) => SENTIMENT_WORDS[polarity].filter((w) => vocabulary.ids.has(w)).map((word) => ({ word, polarity })),
  );
  if (chosen.length < 6) {
    chosen = vocabulary.words
      .slice(RESERVED_IDS, RESERVED_IDS + 30)
      .map((word) => ({ word, polarity: 'neutral' as const }));
  }
  if (chosen.length < 2) return { points: [], explained: [0, 0] };
  const ids = chosen.map((c) => vocabulary.ids.get(c.word) ?? 0);
  const { points, explained } = pca2d(embedding.matrix, embedding.dim, ids);
  return { points: chosen.map((c, i) => ({ ...c, x: points[i][0], y: points[i][1] })), explained };
}
