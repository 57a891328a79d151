import { useState } from 'react';
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
  const width = 360;
  const left = 96;
  const barMax = width - left - 8;
  const w = (v: number) => Math.max(1, (Math.min(v, full) / full) * barMax);
  return (
    <svg
      className="lora-bars"
      viewBox={`0 0 ${width} 64`}
      role="img"
      aria-label={`Bars: full fine-tuning trains ${formatInteger(full)} numbers, LoRA trains ${formatInteger(lora)}`}
    >
      <text x={0} y={20}>
        Full W
      </text>
      <rect x={left} y={8} width={w(full)} height={16} className="lora-bar-full" />
      <text x={0} y={50}>
        LoRA: A, B
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
          label="Layer"
          value={presetId}
          options={loraPresets.map((p) => ({ value: p.id, label: p.label }))}
          onChange={setPresetId}
        />
        <RangeControl
          label="Rank r"
          value={rankIndex}
          min={0}
          max={loraRanks.length - 1}
          step={1}
          onChange={setRankIndex}
          format={(i) => String(loraRanks[i])}
        />
      </div>
      <dl className="lora-results" aria-live="polite">
        <dt>Full fine-tuning</dt>
        <dd>
          W is {formatInteger(outputs)} × {formatInteger(inputs)}:{' '}
          <strong data-value="full">{formatInteger(c.full)}</strong> trainable numbers
        </dd>
        <dt>LoRA, rank {r}</dt>
        <dd>
          A is {r} × {formatInteger(inputs)} ({formatInteger(c.a)}), B is {formatInteger(outputs)} × {r} (
          {formatInteger(c.b)}): r·(in + out) = {r} · {formatInteger(inputs + outputs)} ={' '}
          <strong data-value="lora">{formatInteger(c.lora)}</strong>
        </dd>
        <dt>Ratio</dt>
        <dd>
          LoRA trains <strong data-value="ratio">{share(c.ratio)}</strong> of the full count,{' '}
          <span data-value="reduction">{fmt(c.reduction, 1)}</span> times fewer numbers
        </dd>
        <dt>Break-even rank</dt>
        <dd>
          in·out / (in + out) = <span data-value="break-even">{fmt(c.breakEvenRank, 1)}</span>: below this rank LoRA
          trains fewer numbers than the matrix has
        </dd>
        {model && whole && (
          <>
            <dt>Whole model</dt>
            <dd>
              Adapting {model.description} of {model.name} ({model.matrices} matrices): LoRA trains{' '}
              <strong data-value="model-lora">{formatInteger(whole.lora)}</strong> numbers, that is{' '}
              <span data-value="model-share">{share(whole.lora / model.totalParams)}</span> of the model’s{' '}
              {formatWords(model.totalParams)} parameters, which stay frozen
            </dd>
          </>
        )}
      </dl>
      <Bars full={c.full} lora={c.lora} />
      <p className="worked-note">
        The update BA has rank at most r, however large the layer. Doubling r doubles the LoRA count; doubling both
        sizes of a square layer doubles the LoRA count but quadruples the full count.
      </p>
    </div>
  );
}
