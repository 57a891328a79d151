import '../../i18n/figures/serving';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
import { useLang } from '../../i18n/useLang';
import { modelName, paramCount, type ModelId } from '../../ml/models/param-counts';
import { defaultDevice, numberFormats, servingEstimate } from '../../ml/worked/serving';
import { formatWords } from '../param-count/format';
import { Scientific } from '../param-count/numbers';
import { formatBytes } from '../quantization-demo/format';
import { RangeControl, SelectControl } from '../shared/controls';
import { formatDollars, formatSeconds } from './format';
import './inference-budget.css';

/** Generative models the figure offers: published ones, plus a generic 7-billion-parameter size. */
const MODELS: readonly { id: string; name?: string; params: number }[] = [
  ...(['gpt-2', 'chinchilla', 'gpt-3'] as const satisfies readonly ModelId[]).map((id) => ({
    id,
    name: modelName(id),
    params: paramCount(id),
  })),
  { id: '7b', params: 7e9 },
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
  const t = useT();
  const lang = useLang();
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
          label={t('figures.serving.model')}
          value={modelId}
          options={MODELS.map((m) => ({
            value: m.id,
            label: m.name
              ? t('figures.serving.modelLabel', { name: m.name, params: formatWords(m.params, 3, lang) })
              : t('figures.serving.model7b'),
          }))}
          onChange={setModelId}
        />
        <SelectControl
          label={t('figures.serving.storedAs')}
          value={formatId}
          options={numberFormats.map((f) => ({ value: f.id, label: t(`figures.serving.${f.id}`) }))}
          onChange={setFormatId}
        />
        <RangeControl
          label={t('figures.serving.tokens')}
          value={tokens}
          min={50}
          max={2000}
          step={50}
          onChange={setTokens}
        />
        <RangeControl
          label={t('figures.serving.batch')}
          value={batchIndex}
          min={0}
          max={BATCHES.length - 1}
          step={1}
          onChange={setBatchIndex}
          format={(i) => String(BATCHES[i])}
        />
        <RangeControl
          label={t('figures.serving.price')}
          value={price}
          min={0.5}
          max={10}
          step={0.5}
          onChange={setPrice}
          format={(v) => `$${v.toFixed(2)}`}
        />
      </div>
      <dl className="budget-results" aria-live="polite">
        <dt>{t('figures.serving.weights')}</dt>
        <dd>
          {fill(t('figures.serving.weightsLine', { count: e.devices }), {
            bytes: <strong data-value="weight-bytes">{formatBytes(e.weightBytes, lang)}</strong>,
            devices: <strong data-value="devices">{e.devices}</strong>,
            memory: formatBytes(defaultDevice.deviceMemory, lang),
          })}
        </dd>
        <dt>{t('figures.serving.work')}</dt>
        <dd>{fill(t('figures.serving.workLine'), { flops: <Scientific value={e.flopsPerRequest} /> })}</dd>
        <dt>{t('figures.serving.step')}</dt>
        <dd>
          {fill(t('figures.serving.stepLine'), {
            compute: <span data-value="compute-step">{formatSeconds(e.computeSecondsPerStep)}</span>,
            memory: <span data-value="memory-step">{formatSeconds(e.memorySecondsPerStep)}</span>,
            bound: (
              <span data-value="bound">
                {e.bound === 'memory' ? t('figures.serving.memoryBound') : t('figures.serving.computeBound')}
              </span>
            ),
            critical: <span data-value="critical-batch">{Number(e.criticalBatch.toPrecision(3))}</span>,
          })}
        </dd>
        <dt>{t('figures.serving.time')}</dt>
        <dd>
          {fill(t('figures.serving.timeLine'), {
            latency: <strong data-value="latency">{formatSeconds(e.secondsPerRequest)}</strong>,
          })}
        </dd>
        <dt>{t('figures.serving.cost')}</dt>
        <dd>
          {fill(t('figures.serving.costLine'), {
            cost: <strong data-value="cost">{formatDollars(e.dollarsPerRequest)}</strong>,
            cost1000: <span data-value="cost-1000">{formatDollars(e.dollarsPerRequest * 1000)}</span>,
          })}
        </dd>
      </dl>
      <p className="worked-note">{t('figures.serving.note')}</p>
    </div>
  );
}
