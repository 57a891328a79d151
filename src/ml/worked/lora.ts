/**
 * Trainable-parameter counts of full fine-tuning and of LoRA (Hu et al., ICLR 2022) for one
 * weight matrix W ∈ ℝ^{out×in}: full fine-tuning trains all in·out entries of W; LoRA freezes
 * W and trains W + BA with B ∈ ℝ^{out×r} and A ∈ ℝ^{r×in}, that is r·(in + out) numbers.
 * Biases are left out on both sides (LoRA leaves them frozen; they are few anyway).
 */

/** A weight matrix to adapt: its input and output sizes. */
export interface LayerShape {
  /** Inputs of the layer (columns of W). */
  inputs: number;
  /** Outputs of the layer (rows of W). */
  outputs: number;
}

/** Counts for one adapted matrix, or for `matrices` of them of the same shape. */
export interface LoraCount {
  /** Entries of W (times the number of matrices): what full fine-tuning trains. */
  full: number;
  /** Entries of A: r·in (times the number of matrices). */
  a: number;
  /** Entries of B: out·r (times the number of matrices). */
  b: number;
  /** a + b = r·(in + out) per matrix: what LoRA trains. */
  lora: number;
  /** lora / full: the fraction of the full count that LoRA trains. */
  ratio: number;
  /** full / lora: how many times fewer numbers LoRA trains. */
  reduction: number;
  /**
   * The rank at which LoRA would train as many numbers as W has, in·out/(in + out): LoRA trains
   * fewer numbers than full fine-tuning exactly when r is below it. (For a square d × d matrix it is d/2.)
   */
  breakEvenRank: number;
}

function checkPositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`loraCount: ${name} must be a positive integer, got ${value}`);
}

/**
 * Trainable numbers for `matrices` matrices of shape `layer` adapted with rank `rank`.
 * Example: a 768 × 768 projection with r = 8 has 589,824 entries; LoRA trains 8·(768 + 768) = 12,288
 * of them, 2.08% (48 times fewer).
 */
export function loraCount(layer: LayerShape, rank: number, matrices = 1): LoraCount {
  checkPositiveInteger('inputs', layer.inputs);
  checkPositiveInteger('outputs', layer.outputs);
  checkPositiveInteger('rank', rank);
  checkPositiveInteger('matrices', matrices);
  const full = layer.inputs * layer.outputs * matrices;
  const a = rank * layer.inputs * matrices;
  const b = layer.outputs * rank * matrices;
  const lora = a + b;
  return {
    full,
    a,
    b,
    lora,
    ratio: lora / full,
    reduction: full / lora,
    breakEvenRank: (layer.inputs * layer.outputs) / (layer.inputs + layer.outputs),
  };
}

/** A layer the figure offers, with an optional whole-model setting (W_q and W_v in every layer). */
export interface LoraPreset {
  id: string;
  label: string;
  layer: LayerShape;
  /** Where the layer sits in a model, for adapting the same kind of matrix throughout it. */
  model?: {
    /** What is adapted, in words. */
    description: string;
    /** How many matrices of this shape are adapted. */
    matrices: number;
    /** The model's total parameter count as its authors report it (a fact, not computed). */
    totalParams: number;
    name: string;
  };
}

/**
 * Layer shapes from the book's MNIST perceptron and from published models. BERT-base: 12 layers,
 * hidden size 768, feed-forward size 3072 (Devlin et al. 2019). GPT-3 175B: 96 layers, hidden size
 * 12,288 (Brown et al. 2020). Hu et al. adapt the query and value projections W_q and W_v.
 */
export const loraPresets: readonly LoraPreset[] = [
  { id: 'mlp-hidden', label: 'MNIST perceptron, hidden layer (784 → 128)', layer: { inputs: 784, outputs: 128 } },
  {
    id: 'bert-attention',
    label: 'BERT-base attention projection (768 → 768)',
    layer: { inputs: 768, outputs: 768 },
    model: {
      name: 'BERT-base',
      description: 'W_q and W_v in all 12 layers',
      matrices: 24,
      totalParams: 110e6,
    },
  },
  {
    id: 'bert-ffn',
    label: 'BERT-base feed-forward expansion (768 → 3072)',
    layer: { inputs: 768, outputs: 3072 },
  },
  {
    id: 'gpt3-attention',
    label: 'GPT-3 attention projection (12,288 → 12,288)',
    layer: { inputs: 12288, outputs: 12288 },
    model: {
      name: 'GPT-3',
      description: 'W_q and W_v in all 96 layers',
      matrices: 192,
      totalParams: 175e9,
    },
  },
];

/** The ranks the figure's slider steps through (Hu et al. report good results with r as small as 1 to 8). */
export const loraRanks: readonly number[] = [1, 2, 4, 8, 16, 32, 64];
