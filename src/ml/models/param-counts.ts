/**
 * Parameter counts, by arithmetic only (no TF.js): the formulas for single layers, a shape
 * walker that counts a sequential architecture layer by layer, the book's own models, and
 * the published sizes of the large models the book compares them with.
 *
 * Conventions match Keras / TF.js defaults used by the book: convolutions have 'valid'
 * padding and stride 1, max-pooling is 2×2 with stride 2 (unless stated), every dense and
 * convolution layer has a bias. Shapes leave out the batch dimension.
 */

/** Weights `inputs·units` plus one bias per unit. */
export function denseParams(inputs: number, units: number): number {
  return inputs * units + units;
}

/** One `kh×kw×cin` kernel per output channel plus one bias per output channel. */
export function conv2dParams(kernelHeight: number, kernelWidth: number, channelsIn: number, filters: number): number {
  return kernelHeight * kernelWidth * channelsIn * filters + filters;
}

/** One `dim`-long vector per word of the vocabulary (no bias). */
export function embeddingParams(vocabulary: number, dim: number): number {
  return vocabulary * dim;
}

/** The layers the shape walker understands. */
export type LayerSpec =
  | { kind: 'conv2d'; filters: number; kernelSize: number; activation?: Activation }
  | { kind: 'maxPooling2d'; poolSize: number; strides?: number }
  | { kind: 'flatten' }
  | { kind: 'dense'; units: number; activation?: Activation }
  | { kind: 'embedding'; inputDim: number; outputDim: number }
  | { kind: 'globalAveragePooling1d' };

export type Activation = 'relu' | 'softmax' | 'sigmoid';

export interface Architecture {
  /** Input shape without the batch dimension, e.g. [28, 28, 1] or [200] (token ids). */
  inputShape: readonly number[];
  layers: readonly LayerSpec[];
}

/** One row of a layer-by-layer count. */
export interface LayerInfo {
  /** Keras-style name: conv2d, conv2d_1, max_pooling2d, flatten, dense_1, … */
  name: string;
  spec: LayerSpec;
  inputShape: number[];
  outputShape: number[];
  params: number;
  /** The product that gives `params`, for display: "3·3·1·32 + 32". Empty when 0. */
  formula: string;
  /**
   * Multiply-accumulate operations of one forward pass of one example (weights layers only;
   * pooling and lookups count 0). A dense weight is used once per example, a convolution
   * weight once per output position.
   */
  macs: number;
}

export interface ArchitectureCount {
  layers: LayerInfo[];
  params: number;
  macs: number;
  outputShape: number[];
}

const KERAS_NAMES: Record<LayerSpec['kind'], string> = {
  conv2d: 'conv2d',
  maxPooling2d: 'max_pooling2d',
  flatten: 'flatten',
  dense: 'dense',
  embedding: 'embedding',
  globalAveragePooling1d: 'global_average_pooling1d',
};

const product = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

function expectRank(spec: LayerSpec, shape: readonly number[], rank: number): void {
  if (shape.length !== rank) {
    throw new Error(`${spec.kind} needs an input of rank ${rank}, got [${shape.join(', ')}]`);
  }
}

/** Output shape, parameters and MACs of one layer given its input shape. */
function walkLayer(
  spec: LayerSpec,
  input: readonly number[],
): Pick<LayerInfo, 'outputShape' | 'params' | 'formula' | 'macs'> {
  switch (spec.kind) {
    case 'conv2d': {
      expectRank(spec, input, 3);
      const [h, w, cin] = input;
      const k = spec.kernelSize;
      const out = [h - k + 1, w - k + 1, spec.filters];
      if (out[0] < 1 || out[1] < 1) throw new Error(`conv2d ${k}×${k} does not fit an input of ${h}×${w}`);
      return {
        outputShape: out,
        params: conv2dParams(k, k, cin, spec.filters),
        formula: `${k}·${k}·${cin}·${spec.filters} + ${spec.filters}`,
        macs: out[0] * out[1] * spec.filters * k * k * cin,
      };
    }
    case 'maxPooling2d': {
      expectRank(spec, input, 3);
      const [h, w, c] = input;
      const stride = spec.strides ?? spec.poolSize;
      const size = (n: number) => Math.floor((n - spec.poolSize) / stride) + 1;
      return { outputShape: [size(h), size(w), c], params: 0, formula: '', macs: 0 };
    }
    case 'flatten':
      return { outputShape: [product(input)], params: 0, formula: '', macs: 0 };
    case 'dense': {
      expectRank(spec, input, 1);
      const [m] = input;
      return {
        outputShape: [spec.units],
        params: denseParams(m, spec.units),
        formula: `${m}·${spec.units} + ${spec.units}`,
        macs: m * spec.units,
      };
    }
    case 'embedding':
      expectRank(spec, input, 1);
      return {
        outputShape: [input[0], spec.outputDim],
        params: embeddingParams(spec.inputDim, spec.outputDim),
        formula: `${spec.inputDim}·${spec.outputDim}`,
        macs: 0,
      };
    case 'globalAveragePooling1d':
      expectRank(spec, input, 2);
      return { outputShape: [input[1]], params: 0, formula: '', macs: 0 };
  }
}

/** Walks the layers in order, carrying the shape along, and counts every layer. */
export function countArchitecture(architecture: Architecture): ArchitectureCount {
  const seen = new Map<string, number>();
  let shape = [...architecture.inputShape];
  const layers: LayerInfo[] = [];
  for (const spec of architecture.layers) {
    const base = KERAS_NAMES[spec.kind];
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const row = walkLayer(spec, shape);
    layers.push({ name: n === 0 ? base : `${base}_${n}`, spec, inputShape: shape, ...row });
    shape = row.outputShape;
  }
  return {
    layers,
    params: layers.reduce((sum, layer) => sum + layer.params, 0),
    macs: layers.reduce((sum, layer) => sum + layer.macs, 0),
    outputShape: shape,
  };
}

// ---------------------------------------------------------------------------------------------
// The book's own models

/** Padded review length used by the sentiment lab. (Parameter counts do not depend on it.) */
export const SENTIMENT_SEQUENCE_LENGTH = 200;
/** Vocabulary of the sentiment model: the 10,000 most frequent words (ids 0…9999). */
export const SENTIMENT_VOCABULARY = 10_000;

export interface BookModel {
  name: string;
  /** One line: what it does. */
  task: string;
  architecture: Architecture;
}

export const bookModels = {
  'small-cnn': {
    name: 'Small MNIST CNN',
    task: 'digits, two small convolutions',
    architecture: {
      inputShape: [28, 28, 1],
      layers: [
        { kind: 'conv2d', filters: 8, kernelSize: 5, activation: 'relu' },
        { kind: 'maxPooling2d', poolSize: 2 },
        { kind: 'conv2d', filters: 16, kernelSize: 5, activation: 'relu' },
        { kind: 'maxPooling2d', poolSize: 2 },
        { kind: 'flatten' },
        { kind: 'dense', units: 10, activation: 'softmax' },
      ],
    },
  },
  'seed-cnn': {
    name: 'MNIST CNN',
    task: 'digits, three convolutions and two dense layers',
    architecture: {
      inputShape: [28, 28, 1],
      layers: [
        { kind: 'conv2d', filters: 32, kernelSize: 3, activation: 'relu' },
        { kind: 'maxPooling2d', poolSize: 2 },
        { kind: 'conv2d', filters: 64, kernelSize: 3, activation: 'relu' },
        { kind: 'maxPooling2d', poolSize: 2 },
        { kind: 'conv2d', filters: 64, kernelSize: 3, activation: 'relu' },
        { kind: 'flatten' },
        { kind: 'dense', units: 64, activation: 'relu' },
        { kind: 'dense', units: 10, activation: 'softmax' },
      ],
    },
  },
  'mnist-mlp': {
    name: 'MNIST MLP',
    task: 'digits, one hidden dense layer',
    architecture: {
      inputShape: [28, 28, 1],
      layers: [
        { kind: 'flatten' },
        { kind: 'dense', units: 128, activation: 'relu' },
        { kind: 'dense', units: 10, activation: 'softmax' },
      ],
    },
  },
  sentiment: {
    name: 'Sentiment classifier',
    task: 'movie reviews, word embeddings averaged',
    architecture: {
      inputShape: [SENTIMENT_SEQUENCE_LENGTH],
      layers: [
        { kind: 'embedding', inputDim: SENTIMENT_VOCABULARY, outputDim: 16 },
        { kind: 'globalAveragePooling1d' },
        { kind: 'dense', units: 24, activation: 'relu' },
        { kind: 'dense', units: 1, activation: 'sigmoid' },
      ],
    },
  },
} as const satisfies Record<string, BookModel>;

export type BookModelId = keyof typeof bookModels;
export const bookModelIds = Object.keys(bookModels) as BookModelId[];

export function isBookModelId(id: string): id is BookModelId {
  return Object.hasOwn(bookModels, id);
}

/** Layer-by-layer count of one of the book's models. */
export function countBookModel(id: BookModelId): ArchitectureCount {
  return countArchitecture(bookModels[id].architecture);
}

// ---------------------------------------------------------------------------------------------
// Published large models (sizes as reported by their authors, rounded as they round them)

export interface ReferenceModel {
  name: string;
  /** What the model reads. BERT and GPT read text; AlexNet reads images. */
  modality: 'text' | 'images';
  year: number;
  params: number;
  /** Training tokens, where the paper states them. */
  trainingTokens?: number;
  /** Where the number comes from. */
  source: string;
}

export const referenceModels = {
  alexnet: {
    name: 'AlexNet',
    modality: 'images',
    year: 2012,
    params: 60e6,
    source: 'Krizhevsky, Sutskever and Hinton, NeurIPS 2012',
  },
  'bert-base': {
    name: 'BERT-base',
    modality: 'text',
    year: 2018,
    params: 110e6,
    source: 'Devlin et al., NAACL 2019',
  },
  'bert-large': {
    name: 'BERT-large',
    modality: 'text',
    year: 2018,
    params: 340e6,
    source: 'Devlin et al., NAACL 2019',
  },
  'gpt-2': {
    name: 'GPT-2',
    modality: 'text',
    year: 2019,
    params: 1.5e9,
    source: 'Radford et al., OpenAI 2019',
  },
  'gpt-3': {
    name: 'GPT-3',
    modality: 'text',
    year: 2020,
    params: 175e9,
    trainingTokens: 300e9,
    source: 'Brown et al., NeurIPS 2020',
  },
  chinchilla: {
    name: 'Chinchilla',
    modality: 'text',
    year: 2022,
    params: 70e9,
    trainingTokens: 1.4e12,
    source: 'Hoffmann et al., NeurIPS 2022',
  },
} as const satisfies Record<string, ReferenceModel>;

export type ReferenceModelId = keyof typeof referenceModels;
export type ModelId = BookModelId | ReferenceModelId;

export function isModelId(id: string): id is ModelId {
  return isBookModelId(id) || Object.hasOwn(referenceModels, id);
}

/** Total parameters of any model the book names (computed for its own, published for the rest). */
export function paramCount(id: ModelId): number {
  return isBookModelId(id) ? countBookModel(id).params : referenceModels[id].params;
}

/** Training tokens the model's paper states, or undefined (and always undefined for the book's models). */
export function trainingTokensOf(id: ModelId): number | undefined {
  if (isBookModelId(id)) return undefined;
  const model: ReferenceModel = referenceModels[id];
  return model.trainingTokens;
}

export function modelName(id: ModelId): string {
  return isBookModelId(id) ? bookModels[id].name : referenceModels[id].name;
}

/** The models of the scale chart, in the order the chart lists them (smallest first). */
export const scaleChartModelIds: readonly ModelId[] = [
  'small-cnn',
  'seed-cnn',
  'mnist-mlp',
  'sentiment',
  'bert-base',
  'bert-large',
  'gpt-2',
  'gpt-3',
];

// ---------------------------------------------------------------------------------------------
// Compute

/**
 * Training compute C ≈ 6·N·D floating-point operations (Kaplan et al. 2020) for N parameters
 * and D training tokens (or examples): 2·N per token forward, 4·N backward. It assumes every
 * parameter is used once per token, which holds for dense layers and transformers.
 */
export function trainingFlops(params: number, tokens: number): number {
  return 6 * params * tokens;
}

/**
 * The same estimate from measured multiply-accumulates: one MAC is 2 FLOPs forward, and the
 * backward pass costs about twice the forward pass, so ≈ 6·MACs per example. For a CNN this is
 * much larger than 6·N because each convolution weight is reused at every output position.
 */
export function trainingFlopsFromMacs(macsPerExample: number, examples: number): number {
  return 6 * macsPerExample * examples;
}

/** Seconds for `flops` at a sustained rate of `flopsPerSecond`, spread over `devices` ideal devices. */
export function computeSeconds(flops: number, flopsPerSecond: number, devices = 1): number {
  return flops / (flopsPerSecond * devices);
}
