import type { ReactNode } from 'react';
import { useLang } from '../../i18n/useLang';
import {
  computeSeconds,
  countBookModel,
  denseParams,
  isBookModelId,
  isModelId,
  paramCount,
  trainingFlops,
  trainingFlopsFromMacs,
  trainingTokensOf,
  type BookModelId,
  type LayerInfo,
  type ModelId,
} from '../../ml/models/param-counts';
import { formatDuration, formatInteger, formatPercent, formatWords, scientific } from './format';
import './param-count.css';

/**
 * Inline numbers a chapter quotes: each is computed here from src/ml/models/param-counts.ts,
 * never typed into the prose. Unknown model or layer names throw, so a typo fails the build.
 */

function checkModel(model: string): ModelId {
  if (!isModelId(model)) throw new Error(`Unknown model "${model}"`);
  return model;
}

function checkBookModel(model: string): BookModelId {
  if (!isBookModelId(model)) throw new Error(`"${model}" is not one of the book's own models`);
  return model;
}

export function findLayer(model: BookModelId, layer: string): LayerInfo {
  const found = countBookModel(model).layers.find((l) => l.name === layer);
  if (!found) throw new Error(`Model "${model}" has no layer "${layer}"`);
  return found;
}

/** A computed number; `data-value` carries the raw value for tests and tools. */
function Computed({ value, children }: { value: number; children: ReactNode }) {
  return (
    <span className="computed" data-value={String(value)}>
      {children}
    </span>
  );
}

/** 3.15e23 → "3.15 × 10²³" with a real superscript. */
export function Scientific({ value, digits = 3 }: { value: number; digits?: number }) {
  const { mantissa, exponent } = scientific(value, digits);
  return (
    <Computed value={value}>
      {`${mantissa} × 10`}
      <sup>{exponent}</sup>
    </Computed>
  );
}

export type CountFormat = 'full' | 'words';

/** A count in full ("93,322") or in words of the page's language ("93.3 thousand", "9.33 万"). */
function Count({ value, format }: { value: number; format: CountFormat }) {
  const lang = useLang();
  return <Computed value={value}>{format === 'words' ? formatWords(value, 3, lang) : formatInteger(value)}</Computed>;
}

/** Total parameters: `<ParamCount model="seed-cnn" />` → 93,322; format="words" → 93.3 thousand. */
export function ParamCount({ model, format = 'full' }: { model: ModelId; format?: CountFormat }) {
  return <Count value={paramCount(checkModel(model))} format={format} />;
}

/** Multiply-accumulates of one forward pass of one example through a book model. */
export function MacCount({ model, format = 'full' }: { model: BookModelId; format?: CountFormat }) {
  return <Count value={countBookModel(checkBookModel(model)).macs} format={format} />;
}

/** `<DenseParamCount inputs={784} units={128} />` → 100,480 (weights plus biases). */
export function DenseParamCount({ inputs, units }: { inputs: number; units: number }) {
  return <Count value={denseParams(inputs, units)} format="full" />;
}

export type LayerStatName = 'params' | 'share' | 'shape' | 'size' | 'macs';

/**
 * One number about one layer of a book model: its parameters, its share of the model's
 * parameters, its output shape ("3 × 3 × 64"), output size (576) or MACs.
 */
export function LayerStat({
  model,
  layer,
  stat = 'params',
}: {
  model: BookModelId;
  layer: string;
  stat?: LayerStatName;
}) {
  const id = checkBookModel(model);
  const info = findLayer(id, layer);
  switch (stat) {
    case 'params':
      return <Count value={info.params} format="full" />;
    case 'macs':
      return <Count value={info.macs} format="full" />;
    case 'size':
      return <Count value={info.outputShape.reduce((a, b) => a * b, 1)} format="full" />;
    case 'share': {
      const share = info.params / countBookModel(id).params;
      return <Computed value={share}>{formatPercent(share)}</Computed>;
    }
    case 'shape':
      return <span className="computed">{info.outputShape.join(' × ')}</span>;
  }
}

/** How many times larger `model` is than `to`, in words: "1.88 million". */
export function ModelRatio({ model, to, digits = 3 }: { model: ModelId; to: ModelId; digits?: number }) {
  const lang = useLang();
  const ratio = paramCount(checkModel(model)) / paramCount(checkModel(to));
  return <Computed value={ratio}>{formatWords(ratio, digits, lang)}</Computed>;
}

/** Training tokens per parameter, for the models whose papers state both. */
export function TokensPerParam({ model }: { model: ModelId }) {
  const lang = useLang();
  const id = checkModel(model);
  const tokens = trainingTokensOf(id);
  if (tokens === undefined) throw new Error(`No training-token count for "${model}"`);
  const ratio = tokens / paramCount(id);
  return <Computed value={ratio}>{formatWords(ratio, 2, lang)}</Computed>;
}

export interface TrainingProps {
  model: ModelId;
  /** D: training tokens (or examples seen); defaults to the count the model's paper states. */
  data?: number;
  /** 'params': C = 6·N·D. 'macs': C = 6·MACs·D, from the measured forward pass (book models). */
  from?: 'params' | 'macs';
}

export function trainingFlopsOf({ model, data, from = 'params' }: TrainingProps): number {
  const id = checkModel(model);
  const d = data ?? trainingTokensOf(id);
  if (d === undefined) throw new Error(`Say how many tokens or examples "${model}" trains on`);
  if (from === 'macs') return trainingFlopsFromMacs(countBookModel(checkBookModel(id)).macs, d);
  return trainingFlops(paramCount(id), d);
}

/** `<TrainingFlops model="gpt-3" />` → 3.15 × 10²³ (Kaplan et al.'s 6·N·D). */
export function TrainingFlops(props: TrainingProps) {
  return <Scientific value={trainingFlopsOf(props)} />;
}

/** Wall-clock time of that compute at `flopsPerSecond` sustained on each of `devices`. */
export function TrainingTime({
  flopsPerSecond,
  devices = 1,
  ...props
}: TrainingProps & { flopsPerSecond: number; devices?: number }) {
  const lang = useLang();
  const seconds = computeSeconds(trainingFlopsOf(props), flopsPerSecond, devices);
  return <Computed value={seconds}>{formatDuration(seconds, lang)}</Computed>;
}
