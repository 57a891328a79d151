import { memo, useId, useState, type ChangeEvent } from 'react';
import { parsePointsCsv, type PointsCsv } from '../../ml/data/points-csv';
import { TOY_2D_NAMES, TOY_1D_NAMES, TOY_LABELS } from '../../ml/data/toy2d';
import { CHOICES, LIMITS, type DataChoice, type PlaygroundSetup } from '../../ml/playground/setup';
import { ChoiceSelect, NumberSelect, percent, SliderField } from './fields';

export interface DataPanelProps {
  setup: PlaygroundSetup;
  onChange(patch: Partial<PlaygroundSetup>): void;
  /** The uploaded CSV in use, if any. */
  csv?: PointsCsv;
  /** A valid upload: the lab switches to it. */
  onCsv(csv: PointsCsv): void;
}

/**
 * The data: a generated set (with its size, noise, train/test split and seed) or the reader's
 * CSV. A file that fails validation changes nothing; its problems are listed, row by row.
 */
export const DataPanel = memo(function DataPanel({ setup, onChange, csv, onCsv }: DataPanelProps) {
  const [errors, setErrors] = useState<{ file: string; messages: string[] }>();
  const fileId = useId();
  const generated = setup.data !== 'csv' && setup.data !== 'seed10';
  const options: { value: DataChoice; label: string }[] = [
    ...TOY_2D_NAMES.map((name) => ({ value: name, label: TOY_LABELS[name] })),
    ...TOY_1D_NAMES.map((name) => ({ value: name, label: `${TOY_LABELS[name]} — 1-D` })),
    ...(csv ? [{ value: 'csv' as const, label: `Your CSV (${csv.rows} points)` }] : []),
  ];

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    let result: ReturnType<typeof parsePointsCsv>;
    try {
      result = parsePointsCsv(await file.text());
    } catch (error) {
      result = { ok: false, errors: [`The file could not be read: ${error instanceof Error ? error.message : error}`] };
    }
    input.value = '';
    if (result.ok) {
      setErrors(undefined);
      onCsv(result);
    } else {
      setErrors({ file: file.name, messages: result.errors });
    }
  };

  return (
    <fieldset className="mlp-panel">
      <legend>Data</legend>
      <ChoiceSelect label="Dataset" value={setup.data} options={options} onChange={(data) => onChange({ data })} />
      <NumberSelect
        label="Points"
        value={setup.points}
        options={CHOICES.points}
        disabled={!generated}
        onChange={(points) => onChange({ points })}
      />
      <SliderField
        label="Noise"
        value={setup.noise}
        min={LIMITS.noise[0]}
        max={LIMITS.noise[1]}
        step={0.05}
        format={percent}
        disabled={!generated}
        onChange={(noise) => onChange({ noise })}
      />
      <SliderField
        label="Training share"
        value={setup.trainFraction}
        min={LIMITS.trainFraction[0]}
        max={LIMITS.trainFraction[1]}
        step={0.05}
        format={percent}
        onChange={(trainFraction) => onChange({ trainFraction })}
      />
      <div className="mlp-field">
        <span>Data seed {setup.dataSeed}</span>
        <button type="button" onClick={() => onChange({ dataSeed: (setup.dataSeed % LIMITS.seed[1]) + 1 })}>
          New sample
        </button>
      </div>
      <div className="mlp-field mlp-upload">
        <label htmlFor={fileId}>Upload CSV</label>
        <input id={fileId} type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => void upload(e)} />
        <small>Three columns x1, x2, label (0 or 1); a header row is optional. Features are rescaled to ±0.9.</small>
      </div>
      {csv && setup.data === 'csv' && (
        <p className="mlp-note">
          Using your file: {csv.rows} rows; {csv.columns[0]} from {csv.ranges[0][0]} to {csv.ranges[0][1]},{' '}
          {csv.columns[1]} from {csv.ranges[1][0]} to {csv.ranges[1][1]}.
        </p>
      )}
      {errors && (
        <div role="alert" className="lab-error">
          <p>“{errors.file}” was not loaded (the current data are unchanged):</p>
          <ul>
            {errors.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => setErrors(undefined)}>
            Dismiss
          </button>
        </div>
      )}
    </fieldset>
  );
});
