/**
 * Parameter counts of Transformer models from their shape, and the compute-optimal split of a
 * training budget. Arithmetic only (no TF.js).
 *
 * One block of width d (d_model) with a feed-forward layer of width d_ff has:
 *   attention: W_Q, W_K, W_V, W_O (d×d each) + 4 biases of d  → 4d² + 4d
 *   feed-forward: d×d_ff + d_ff, then d_ff×d + d             → 2·d·d_ff + d_ff + d
 *   two layer norms, a gain and a bias of d each               → 4d
 * With d_ff = 4d that is 12d² + 13d, so a stack of L blocks has about 12·L·d² parameters.
 */
import { trainingFlops } from '../models/param-counts';

export interface TransformerShape {
  name: string;
  /** L: number of blocks. */
  layers: number;
  /** d: width of every token vector (d_model). */
  width: number;
  /** Attention heads (the count does not depend on it: d is split among the heads). */
  heads: number;
  /** d_ff: width of the feed-forward layer (4d in all three models here). */
  feedForward: number;
  /** V: token vocabulary. */
  vocabulary: number;
  /** Learned position embeddings (maximum context length). */
  positions: number;
  /** Extra embedding rows (BERT's two segment embeddings). */
  segments: number;
  /** Layer norm after the embeddings (BERT) or after the last block (GPT-2, GPT-3). */
  extraLayerNorm: boolean;
  /** BERT's pooler: one d×d dense layer with bias on the first token. */
  pooler: boolean;
  /** Where the shape comes from. */
  source: string;
}

/** Shapes as published (GPT-3's is the 175B model of Brown et al., Table 2.1). */
export const transformerShapes = {
  'bert-base': {
    name: 'BERT-base',
    layers: 12,
    width: 768,
    heads: 12,
    feedForward: 3072,
    vocabulary: 30522,
    positions: 512,
    segments: 2,
    extraLayerNorm: true,
    pooler: true,
    source: 'Devlin et al., NAACL 2019',
  },
  'gpt-2': {
    name: 'GPT-2 (largest)',
    layers: 48,
    width: 1600,
    heads: 25,
    feedForward: 6400,
    vocabulary: 50257,
    positions: 1024,
    segments: 0,
    extraLayerNorm: true,
    pooler: false,
    source: 'Radford et al., 2019',
  },
  'gpt-3': {
    name: 'GPT-3 175B',
    layers: 96,
    width: 12288,
    heads: 96,
    feedForward: 49152,
    vocabulary: 50257,
    positions: 2048,
    segments: 0,
    extraLayerNorm: true,
    pooler: false,
    source: 'Brown et al., NeurIPS 2020',
  },
} as const satisfies Record<string, TransformerShape>;

export type TransformerId = keyof typeof transformerShapes;
export const transformerIds = Object.keys(transformerShapes) as TransformerId[];

/** 4d² + 4d: the query, key, value and output projections of multi-head attention, with biases. */
export function attentionParams(width: number): number {
  return 4 * width * width + 4 * width;
}

/** 2·d·d_ff + d_ff + d: two dense layers, d → d_ff → d, with biases. */
export function feedForwardParams(width: number, feedForward: number): number {
  return 2 * width * feedForward + feedForward + width;
}

/** One block: attention, feed-forward and two layer norms (2d each). */
export function blockParams(width: number, feedForward = 4 * width): number {
  return attentionParams(width) + feedForwardParams(width, feedForward) + 2 * 2 * width;
}

export interface TransformerCount {
  /** L · one block. */
  blocks: number;
  /** Token, position and segment embeddings (and their layer norm, for BERT). */
  embeddings: number;
  /** Final layer norm and pooler. */
  other: number;
  total: number;
  /** The rule of thumb 12·L·d². */
  approximation: number;
}

/** Parameters of a Transformer from its shape; the output layer shares the token embedding. */
export function countTransformer(shape: TransformerShape): TransformerCount {
  const d = shape.width;
  const blocks = shape.layers * blockParams(d, shape.feedForward);
  const embeddings = (shape.vocabulary + shape.positions + shape.segments) * d;
  const other = (shape.extraLayerNorm ? 2 * d : 0) + (shape.pooler ? d * d + d : 0);
  return {
    blocks,
    embeddings,
    other,
    total: blocks + embeddings + other,
    approximation: 12 * shape.layers * d * d,
  };
}

export interface ComputeOptimal {
  /** Parameters N = √(C / (6·r)). */
  params: number;
  /** Tokens D = r·N. */
  tokens: number;
  /** The budget C = 6·N·D it reproduces. */
  flops: number;
}

/**
 * Splits a compute budget C into parameters and tokens at a fixed `tokensPerParam` ratio r
 * (about 20 in Hoffmann et al. 2022): C = 6·N·D and D = r·N give N = √(C / (6r)), D = r·N.
 */
export function computeOptimal(flops: number, tokensPerParam = 20): ComputeOptimal {
  if (!(flops > 0) || !(tokensPerParam > 0)) throw new Error('computeOptimal: budget and ratio must be positive');
  const params = Math.sqrt(flops / (6 * tokensPerParam));
  const tokens = tokensPerParam * params;
  return { params, tokens, flops: trainingFlops(params, tokens) };
}
