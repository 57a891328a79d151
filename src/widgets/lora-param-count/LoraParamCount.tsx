import '../../i18n/figures/lora';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
import { useLang } from '../../i18n/useLang';
import { loraCount, loraPresets, loraRanks, type LoraPreset } from '../../ml/worked/lora';
import { formatInteger, formatPercent, formatWords } from '../param-count/format';
import { RangeControl, SelectControl } from '../shared/controls';
import { fmt } from '../shared/numbers';
import './lora-param-count.css';

export interface LoraParamCountProps {
  /** Id of the layer shown first (default the BERT-base attention projection). */
  preset?: string;
  /** The rank shown first; one of 1, 2, 4, 8, 16, 32, 64 (default 8). */
  rank?: number;
}

function findPreset(id: string): LoraPreset {
  const found = loraPresets.find((p) => p.id === id);
  if (!found) throw new Error(`LoraParamCount: unknown preset "${id}"`);
  return found;
}

/** "2.08%" with enough decimals to show small shares. */
function share(fraction: number): string {
  return formatPercent(fraction, fraction < 0.001 ? 4 : fraction < 0.1 ? 2 : 1);
}

/** Horizontal bars: the full matrix and the LoRA factors, on the same linear scale. */
function Bars({ full, lora }: { full: number; lora: number }) {
  const t = useT();
  const width = 360;
  const left = 96;
  const barMax = width - left - 8;
  const w = (v: number) => Math.max(1, (Math.min(v, full) / full) * barMax);
  return (
    <svg
      className="lora-bars"
      viewBox={`0 0 ${width} 64`}
      role="img"
      aria-label={t('figures.lora.barsLabel', { full: formatInteger(full), lora: formatInteger(lora) })}
    >
      <text x={0} y={20}>
        {t('figures.lora.fullW')}
      </text>
      <rect x={left} y={8} width={w(full)} height={16} className="lora-bar-full" />
      <text x={0} y={50}>
        {t('figures.lora.loraAB')}
      </text>
      <rect x={left} y={38} width={w(lora)} height={16} className="lora-bar-lora" />
    </svg>
  );
}

/**
 * Trainable numbers of full fine-tuning (in·out) and of LoRA (r·(in + out)) for one weight
 * matrix, with a chooser of layer shapes and a rank slider; for layers of BERT-base and GPT-3,
 * also the count for adapting W_q and W_v throughout the model.
 */
export function LoraParamCount({
  preset: initialPreset = 'bert-attention',
  rank: initialRank = 8,
}: LoraParamCountProps) {
  const initialIndex = loraRanks.indexOf(initialRank);
  if (initialIndex < 0) throw new Error(`LoraParamCount: rank must be one of ${loraRanks.join(', ')}`);
  findPreset(initialPreset);
  const t = useT();
  const lang = useLang();
  const presetLabels: Record<string, string> = t('figures.lora.presets', { returnObjects: true });
  const descriptions: Record<string, string> = t('figures.lora.descriptions', { returnObjects: true });
  const [presetId, setPresetId] = useState(initialPreset);
  const [rankIndex, setRankIndex] = useState(initialIndex);
  const preset = findPreset(presetId);
  const r = loraRanks[rankIndex];
  const { inputs, outputs } = preset.layer;
  const c = loraCount(preset.layer, r);
  const model = preset.model;
  const whole = model ? loraCount(preset.layer, r, model.matrices) : undefined;

  return (
    <div className="worked lora-param-count" data-figure="lora-param-count">
      <div className="worked-controls">
        <SelectControl
          label={t('figures.lora.layer')}
          value={presetId}
          options={loraPresets.map((p) => ({ value: p.id, label: presetLabels[p.id] ?? p.label }))}
          onChange={setPresetId}
        />
        <RangeControl
          label={t('figures.lora.rank')}
          value={rankIndex}
          min={0}
          max={loraRanks.length - 1}
          step={1}
          onChange={setRankIndex}
          format={(i) => String(loraRanks[i])}
        />
      </div>
      <dl className="lora-results" aria-live="polite">
        <dt>{t('figures.lora.full')}</dt>
        <dd>
          {fill(t('figures.lora.fullLine', { outputs: formatInteger(outputs), inputs: formatInteger(inputs) }), {
            full: <strong data-value="full">{formatInteger(c.full)}</strong>,
          })}
        </dd>
        <dt>{t('figures.lora.loraRank', { r })}</dt>
        <dd>
          {fill(
            t('figures.lora.loraLine', {
              r,
              inputs: formatInteger(inputs),
              outputs: formatInteger(outputs),
              a: formatInteger(c.a),
              b: formatInteger(c.b),
              sum: formatInteger(inputs + outputs),
            }),
            { lora: <strong data-value="lora">{formatInteger(c.lora)}</strong> },
          )}
        </dd>
        <dt>{t('figures.lora.ratio')}</dt>
        <dd>
          {fill(t('figures.lora.ratioLine'), {
            ratio: <strong data-value="ratio">{share(c.ratio)}</strong>,
            reduction: <span data-value="reduction">{fmt(c.reduction, 1)}</span>,
          })}
        </dd>
        <dt>{t('figures.lora.breakEven')}</dt>
        <dd>
          {fill(t('figures.lora.breakEvenLine'), {
            rank: <span data-value="break-even">{fmt(c.breakEvenRank, 1)}</span>,
          })}
        </dd>
        {model && whole && (
          <>
            <dt>{t('figures.lora.whole')}</dt>
            <dd>
              {fill(
                t('figures.lora.wholeLine', {
                  description: descriptions[presetId] ?? model.description,
                  name: model.name,
                  matrices: model.matrices,
                  total: formatWords(model.totalParams, 3, lang),
                }),
                {
                  lora: <strong data-value="model-lora">{formatInteger(whole.lora)}</strong>,
                  share: <span data-value="model-share">{share(whole.lora / model.totalParams)}</span>,
                },
              )}
            </dd>
          </>
        )}
      </dl>
      <Bars full={c.full} lora={c.lora} />
      <p className="worked-note">{t('figures.lora.note')}</p>
    </div>
  );
}
