import '../../i18n/figures/serving';
import { useT } from '../../i18n';
import { useLang } from '../../i18n/useLang';
import { isModelId, paramCount } from '../../ml/models/param-counts';
import { defaultDevice, numberFormats, servingEstimate, type ServingEstimate } from '../../ml/worked/serving';
import { formatBytes } from '../quantization-demo/format';
import { formatDollars, formatSeconds } from './format';

export type ServingStat = 'weights' | 'devices' | 'latency' | 'step' | 'cost' | 'bound' | 'critical-batch';

/**
 * One number of the serving estimate quoted in the prose, on the default device of the
 * InferenceBudget figure: `<ServingValue params={7e9} format="float16" stat="latency" />`.
 * `model` (a model id) may replace `params`.
 */
export function ServingValue({
  params,
  model,
  format = 'float16',
  tokens = 500,
  batch = 1,
  stat,
}: {
  params?: number;
  model?: string;
  format?: (typeof numberFormats)[number]['id'];
  tokens?: number;
  batch?: number;
  stat: ServingStat;
}) {
  const t = useT();
  const lang = useLang();
  if (model !== undefined && !isModelId(model)) throw new Error(`ServingValue: unknown model "${model}"`);
  const n = model !== undefined && isModelId(model) ? paramCount(model) : params;
  if (n === undefined) throw new Error('ServingValue: give params or model');
  const bytes = numberFormats.find((f) => f.id === format)?.bytes;
  if (bytes === undefined) throw new Error(`ServingValue: unknown format "${format}"`);
  const e: ServingEstimate = servingEstimate({
    params: n,
    bytesPerParam: bytes,
    tokensPerRequest: tokens,
    batchSize: batch,
    ...defaultDevice,
  });
  const [value, text]: [number, string] = (() => {
    switch (stat) {
      case 'weights':
        return [e.weightBytes, formatBytes(e.weightBytes, lang)];
      case 'devices':
        return [e.devices, String(e.devices)];
      case 'latency':
        return [e.secondsPerRequest, formatSeconds(e.secondsPerRequest)];
      case 'step':
        return [e.secondsPerStep, formatSeconds(e.secondsPerStep)];
      case 'cost':
        return [e.dollarsPerRequest, formatDollars(e.dollarsPerRequest)];
      case 'bound':
        return [
          e.bound === 'memory' ? 1 : 0,
          e.bound === 'memory' ? t('figures.serving.memoryBound') : t('figures.serving.computeBound'),
        ];
      case 'critical-batch':
        return [e.criticalBatch, String(Number(e.criticalBatch.toPrecision(3)))];
    }
  })();
  return (
    <span className="computed" data-value={String(value)}>
      {text}
    </span>
  );
}
