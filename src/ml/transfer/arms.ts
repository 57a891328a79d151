import * as tf from '@tensorflow/tfjs';
import type { DeviceDataset } from '../data/device';
import { loadLayer, layerWeights, type Checkpoint } from './checkpoint';
import { LoraDense } from './lora';
import {
  backboneLayers,
  BACKBONE_LAYERS,
  createTransferCnn,
  headLayer,
  HEAD_LAYER,
  HIDDEN_LAYER,
  HIDDEN_UNITS,
  hiddenLayer,
} from './model';

/** The four ways to learn the new task, in the order the lab shows them. */
export const ARMS = ['scratch', 'finetune', 'probe', 'lora'] as const;
export type Arm = (typeof ARMS)[number];

export const ARM_LABELS: Record<Arm, string> = {
  scratch: 'From scratch',
  finetune: 'Fine-tune all layers',
  probe: 'Frozen backbone + new head',
  lora: 'LoRA adapter + new head',
};

export interface ArmSetup {
  /** Seed of the scratch arm's backbone, of the new head (the same for every arm) and of LoRA's A. */
  seed: number;
  /** LoRA rank r. */
  rank: number;
}

/**
 * The model an arm trains. Every arm gets the same new 5-way head (same seed):
 * - scratch: backbone, dense layer and head all freshly initialised and trainable;
 * - finetune: the pre-trained backbone and dense layer, a new head, everything trainable;
 * - probe: the pre-trained backbone frozen, a new linear head on its 256 features (a linear probe);
 * - lora: the pre-trained backbone frozen, the pre-trained dense layer frozen under a trainable
 *   low-rank adapter ({@link LoraDense}), and a new head.
 * Returns a new model (dispose it); reads the checkpoint, changes nothing else.
 */
export function createArmModel(arm: Arm, checkpoint: Checkpoint, setup: ArmSetup): tf.LayersModel {
  const headSeed = setup.seed + 7;
  if (arm === 'scratch') return createTransferCnn({ seed: setup.seed, headSeed });
  const layers = backboneLayers(setup.seed);
  if (arm === 'finetune') layers.push(hiddenLayer(setup.seed));
  if (arm === 'lora') {
    layers.push(
      new LoraDense({
        name: HIDDEN_LAYER,
        units: HIDDEN_UNITS,
        rank: setup.rank,
        activation: 'relu',
        seed: setup.seed + 1000,
      }),
    );
  }
  const model = tf.sequential({ name: `transfer_${arm}`, layers: [...layers, headLayer(headSeed)] });
  for (const layer of model.layers) {
    if (layer.name === HEAD_LAYER || layer.getWeights().length === 0) continue;
    if (layer instanceof LoraDense) {
      const [kernel, bias] = layerWeights(checkpoint, layer.name).map((w) => tf.tensor(w.values, w.shape));
      layer.setFrozen(kernel, bias);
      kernel.dispose();
      bias.dispose();
    } else {
      loadLayer(layer, checkpoint);
      if (arm !== 'finetune') layer.trainable = false;
    }
  }
  return model;
}

/** Numbers the optimizer may change in `model` (the sum of its trainable weights' sizes). */
export function trainableParams(model: tf.LayersModel): number {
  return model.trainableWeights.reduce((n, w) => n + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);
}

/** The pre-trained layers on top of the backbone (dense layer and 0–4 head), as tensors you must dispose. */
export interface OldHead {
  hidden: { kernel: tf.Tensor2D; bias: tf.Tensor1D };
  head: { kernel: tf.Tensor2D; bias: tf.Tensor1D };
  dispose(): void;
}

export function pretrainedHead(checkpoint: Checkpoint): OldHead {
  const dense = (name: string) => {
    const [kernel, bias] = layerWeights(checkpoint, name);
    return { kernel: tf.tensor2d(kernel.values, kernel.shape as [number, number]), bias: tf.tensor1d(bias.values) };
  };
  const hidden = dense(HIDDEN_LAYER);
  const head = dense(HEAD_LAYER);
  const all = [hidden.kernel, hidden.bias, head.kernel, head.bias];
  return { hidden, head, dispose: () => all.forEach((t) => t.isDisposed || t.dispose()) };
}

/**
 * Old-task accuracy of an arm's network: its backbone, then its own dense layer when it has one
 * (fine-tuned, or with its LoRA adapter), else the pre-trained one, then the pre-trained 0–4 head.
 * That is the network you would be left with for digits 0–4 after fine-tuning. Inference mode,
 * one read-back, leaves no tensors, changes nothing.
 */
export async function oldTaskAccuracy(
  model: tf.LayersModel,
  old: OldHead,
  data: DeviceDataset,
  batchSize = 500,
): Promise<number> {
  const backbone = model.layers.filter((layer) => (BACKBONE_LAYERS as readonly string[]).includes(layer.name));
  const hidden = model.layers.find((layer) => layer.name === HIDDEN_LAYER);
  const correct = tf.tidy(() => {
    let total: tf.Tensor = tf.scalar(0);
    for (let start = 0; start < data.count; start += batchSize) {
      const n = Math.min(batchSize, data.count - start);
      let h = data.xs.slice(start, n);
      for (const layer of backbone) h = layer.apply(h, { training: false }) as tf.Tensor;
      h = hidden
        ? (hidden.apply(h, { training: false }) as tf.Tensor)
        : tf.relu(tf.add(tf.matMul(h as tf.Tensor2D, old.hidden.kernel), old.hidden.bias));
      const logits = tf.add(tf.matMul(h as tf.Tensor2D, old.head.kernel), old.head.bias);
      const hits = tf.equal(tf.argMax(logits, -1), tf.argMax(data.ys.slice(start, n), -1));
      total = tf.add(total, tf.sum(tf.cast(hits, 'float32')));
    }
    return total;
  });
  try {
    return (await correct.data())[0] / data.count;
  } finally {
    correct.dispose();
  }
}

/** Old-task accuracy lost by fine-tuning, in accuracy points (before − after); positive = forgotten. */
export function forgetting(before: number, after: number): number {
  return before - after;
}
