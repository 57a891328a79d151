import { memo } from 'react';
import { ACTIVATIONS, LIMITS, type Activation, type PlaygroundSetup } from '../../ml/playground/setup';
import { ChoiceSelect } from './fields';

const ACTIVATION_LABELS: Record<Activation, string> = {
  relu: 'ReLU',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  linear: 'linear (none)',
};

export interface NetworkPanelProps {
  setup: PlaygroundSetup;
  onChange(patch: Partial<PlaygroundSetup>): void;
  /** Weights and biases of the current network, once the worker has built it. */
  parameters?: number;
}

/** Hidden layers (0–6) of 1–8 neurons each, and their activation. */
export const NetworkPanel = memo(function NetworkPanel({ setup, onChange, parameters }: NetworkPanelProps) {
  const { layers } = setup;
  const [minUnits, maxUnits] = LIMITS.units;
  const setUnits = (index: number, units: number) =>
    onChange({ layers: layers.map((u, i) => (i === index ? Math.min(maxUnits, Math.max(minUnits, units)) : u)) });
  return (
    <fieldset className="mlp-panel">
      <legend>Network</legend>
      <div className="mlp-field">
        <span>
          {layers.length} hidden layer{layers.length === 1 ? '' : 's'}
        </span>
        <span className="mlp-buttons">
          <button
            type="button"
            aria-label="Remove a hidden layer"
            disabled={layers.length === 0}
            onClick={() => onChange({ layers: layers.slice(0, -1) })}
          >
            −
          </button>
          <button
            type="button"
            aria-label="Add a hidden layer"
            disabled={layers.length >= LIMITS.maxLayers}
            onClick={() => onChange({ layers: [...layers, layers.at(-1) ?? 4] })}
          >
            +
          </button>
        </span>
      </div>
      {layers.map((units, index) => (
        <div className="mlp-field" key={index}>
          <span>
            Layer {index + 1}: {units} neuron{units === 1 ? '' : 's'}
          </span>
          <span className="mlp-buttons">
            <button
              type="button"
              aria-label={`Fewer neurons in hidden layer ${index + 1}`}
              disabled={units <= minUnits}
              onClick={() => setUnits(index, units - 1)}
            >
              −
            </button>
            <button
              type="button"
              aria-label={`More neurons in hidden layer ${index + 1}`}
              disabled={units >= maxUnits}
              onClick={() => setUnits(index, units + 1)}
            >
              +
            </button>
          </span>
        </div>
      ))}
      <ChoiceSelect
        label="Activation"
        value={setup.activation}
        options={ACTIVATIONS.map((a) => ({ value: a, label: ACTIVATION_LABELS[a] }))}
        onChange={(activation) => onChange({ activation })}
      />
      {parameters !== undefined && (
        <p className="mlp-note">
          {parameters} parameters (weights and biases); output: one neuron
          {setup.data === 'curve' ? ' (linear, a number)' : ' (sigmoid, the probability of class 1)'}.
        </p>
      )}
    </fieldset>
  );
});
