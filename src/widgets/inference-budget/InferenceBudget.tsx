import { useState } from 'react';
import { modelName, paramCount, type ModelId } from '../../ml/models/param-counts';
import { defaultDevice, numberFormats, servingEstimate } from '../../ml/worked/serving';
import { formatWords } from '../param-count/format';
import { Scientific } from '../param-count/numbers';
import { formatBytes } from '../quantization-demo/format';
import { RangeControl, SelectControl } from '../shared/controls';
import { formatDollars, formatSeconds } from './format';
import './inference-budget.css';

/** Generative models the figure offers: published ones, plus a generic 7-billion-parameter size. */
const MODELS: readonly { id: string; label: string; params: number }[] = [
  ...(['gpt-2', 'chinchilla', 'gpt-3'] as const satisfies readonly ModelId[]).map((id) => ({
    id,
    label: `${modelName(id)} (${formatWords(paramCount(id))} parameters)`,
    params: paramCount(id),
  })),
  { id: '7b', label: 'A 7-billion-parameter model', params: 7e9 },
].sort((a, b) => a.params - b.params);

const BATCHES = [1, 2, 4, 8, 16, 32, 64, 128] as const;

type FormatId = (typeof numberFormats)[number]['id'];

export interface InferenceBudgetProps {
  /** Model id shown first (default '7b'). */
  model?: string;
  /** Storage format shown first (default float16). */
  format?: FormatId;
}

/**
 * A serving-cost calculator: memory for the weights, the devices needed to hold them, the time
 * per generated token (the slower of compute, 2·N FLOPs per token, and reading every weight once
 * per step), the time per request and the money per request at an assumed price per device-hour.
 */
export function InferenceBudget({
  model: initialModel = '7b',
  format: initialFormat = 'float16',
}: InferenceBudgetProps) {
  if (!MODELS.some((m) => m.id === initialModel)) throw new Error(`InferenceBudget: unknown model "${initialModel}"`);
  const [modelId, setModelId] = useState(initialModel);
  const [formatId, setFormatId] = useState<FormatId>(initialFormat);
  const [tokens, setTokens] = useState(500);
  const [batchIndex, setBatchIndex] = useState(0);
  const [price, setPrice] = useState<number>(defaultDevice.dollarsPerDeviceHour);
  const model = MODELS.find((m) => m.id === modelId) ?? MODELS[0];
  const format = numberFormats.find((f) => f.id === formatId) ?? numberFormats[0];
  const batch = BATCHES[batchIndex];
  const e = servingEstimate({
    params: model.params,
    bytesPerParam: format.bytes,
    tokensPerRequest: tokens,
    batchSize: batch,
    flopsPerSecond: defaultDevice.flopsPerSecond,
    bytesPerSecond: defaultDevice.bytesPerSecond,
    deviceMemory: defaultDevice.deviceMemory,
    dollarsPerDeviceHour: price,
  });

  return (
    <div className="worked inference-budget" data-figure="inference-budget">
      <div className="worked-controls">
        <SelectControl
          label="Model"
          value={modelId}
          options={MODELS.map((m) => ({ value: m.id, label: m.label }))}
          onChange={setModelId}
        />
        <SelectControl
          label="Weights stored as"
          value={formatId}
          options={numberFormats.map((f) => ({ value: f.id, label: f.label }))}
          onChange={setFormatId}
        />
        <RangeControl label="Tokens per answer" value={tokens} min={50} max={2000} step={50} onChange={setTokens} />
        <RangeControl
          label="Batch size"
          value={batchIndex}
          min={0}
          max={BATCHES.length - 1}
          step={1}
          onChange={setBatchIndex}
          format={(i) => String(BATCHES[i])}
        />
        <RangeControl
          label="Dollars per device-hour"
          value={price}
          min={0.5}
          max={10}
          step={0.5}
          onChange={setPrice}
          format={(v) => `$${v.toFixed(2)}`}
        />
      </div>
      <dl className="budget-results" aria-live="polite">
        <dt>Weights</dt>
        <dd>
          <strong data-value="weight-bytes">{formatBytes(e.weightBytes)}</strong>, so at least{' '}
          <strong data-value="devices">{e.devices}</strong> device{e.devices === 1 ? '' : 's'} of{' '}
          {formatBytes(defaultDevice.deviceMemory)} just to hold them
        </dd>
        <dt>Work per answer</dt>
        <dd>
          2 · N · tokens = <Scientific value={e.flopsPerRequest} /> FLOPs
        </dd>
        <dt>One decoding step</dt>
        <dd>
          compute <span data-value="compute-step">{formatSeconds(e.computeSecondsPerStep)}</span>, reading the weights{' '}
          <span data-value="memory-step">{formatSeconds(e.memorySecondsPerStep)}</span>:{' '}
          <span data-value="bound">{e.bound === 'memory' ? 'memory-bound' : 'compute-bound'}</span> (the two are equal
          at a batch of <span data-value="critical-batch">{Number(e.criticalBatch.toPrecision(3))}</span>)
        </dd>
        <dt>Time per answer</dt>
        <dd>
          <strong data-value="latency">{formatSeconds(e.secondsPerRequest)}</strong> (at least)
        </dd>
        <dt>Cost per answer</dt>
        <dd>
          <strong data-value="cost">{formatDollars(e.dollarsPerRequest)}</strong>, or{' '}
          <span data-value="cost-1000">{formatDollars(e.dollarsPerRequest * 1000)}</span> per thousand answers
        </dd>
      </dl>
      <p className="worked-note">
        Assumed device: 10¹⁴ FLOP/s sustained, 2 TB/s of memory bandwidth, 80 GB of memory. These are lower bounds: long
        prompts, attention over long contexts, communication between devices and idle capacity all add to them. Increase
        the batch size and watch the cost fall until the step becomes compute-bound.
      </p>
    </div>
  );
}
