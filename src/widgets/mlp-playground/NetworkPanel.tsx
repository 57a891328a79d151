import { memo } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { ACTIVATIONS, LIMITS, type PlaygroundSetup } from '../../ml/playground/setup';
import { ChoiceSelect } from './fields';

export interface NetworkPanelProps {
  setup: PlaygroundSetup;
  onChange(patch: Partial<PlaygroundSetup>): void;
  /** Weights and biases of the current network, once the worker has built it. */
  parameters?: number;
}

/** Hidden layers (0–6) of 1–8 neurons each, and their activation. */
export const NetworkPanel = memo(function NetworkPanel({ setup, onChange, parameters }: NetworkPanelProps) {
  const t = useT();
  const { layers } = setup;
  const [minUnits, maxUnits] = LIMITS.units;
  const setUnits = (index: number, units: number) =>
    onChange({ layers: layers.map((u, i) => (i === index ? Math.min(maxUnits, Math.max(minUnits, units)) : u)) });
  return (
    <fieldset className="mlp-panel">
      <legend>{t('labUi.mlp.network')}</legend>
      <div className="mlp-field">
        <span>{t('labUi.mlp.hiddenLayers', { count: layers.length })}</span>
        <span className="mlp-buttons">
          <button
            type="button"
            aria-label={t('labUi.mlp.removeLayer')}
            disabled={layers.length === 0}
            onClick={() => onChange({ layers: layers.slice(0, -1) })}
          >
            −
          </button>
          <button
            type="button"
            aria-label={t('labUi.mlp.addLayer')}
            disabled={layers.length >= LIMITS.maxLayers}
            onClick={() => onChange({ layers: [...layers, layers.at(-1) ?? 4] })}
          >
            +
          </button>
        </span>
      </div>
      {layers.map((units, index) => (
        <div className="mlp-field" key={index}>
          <span>{t('labUi.mlp.layerNeurons', { layer: index + 1, count: units })}</span>
          <span className="mlp-buttons">
            <button
              type="button"
              aria-label={t('labUi.mlp.fewerNeurons', { n: index + 1 })}
              disabled={units <= minUnits}
              onClick={() => setUnits(index, units - 1)}
            >
              −
            </button>
            <button
              type="button"
              aria-label={t('labUi.mlp.moreNeurons', { n: index + 1 })}
              disabled={units >= maxUnits}
              onClick={() => setUnits(index, units + 1)}
            >
              +
            </button>
          </span>
        </div>
      ))}
      <ChoiceSelect
        label={t('labUi.mlp.activation')}
        value={setup.activation}
        options={ACTIVATIONS.map((a) => ({ value: a, label: t(`labUi.mlp.activations.${a}`) }))}
        onChange={(activation) => onChange({ activation })}
      />
      {parameters !== undefined && (
        <p className="mlp-note">
          {t('labUi.mlp.parameterNote', { n: parameters })}
          {setup.data === 'curve' ? t('labUi.mlp.outputLinear') : t('labUi.mlp.outputSigmoid')}
          {t('labUi.mlp.period')}
        </p>
      )}
    </fieldset>
  );
});
