import { memo, useId, useState, type ChangeEvent } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { parsePointsCsv, type PointsCsv } from '../../ml/data/points-csv';
import { TOY_2D_NAMES, TOY_1D_NAMES } from '../../ml/data/toy2d';
import { CHOICES, LIMITS, type DataChoice, type PlaygroundSetup } from '../../ml/playground/setup';
import { pointsCsvMessages } from './csv-text';
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
  const t = useT();
  const [errors, setErrors] = useState<{ file: string; messages: string[] }>();
  const fileId = useId();
  const generated = setup.data !== 'csv' && setup.data !== 'seed10';
  const options: { value: DataChoice; label: string }[] = [
    ...TOY_2D_NAMES.map((name) => ({ value: name, label: t(`labUi.mlp.datasets.${name}`) })),
    ...TOY_1D_NAMES.map((name) => ({
      value: name,
      label: t('labUi.mlp.oneD', { name: t(`labUi.mlp.datasets.${name}`) }),
    })),
    ...(csv ? [{ value: 'csv' as const, label: t('labUi.mlp.yourCsv', { rows: csv.rows }) }] : []),
  ];

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    let result: ReturnType<typeof parsePointsCsv>;
    try {
      result = parsePointsCsv(await file.text());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { ok: false, errors: [t('labUi.mlp.fileUnreadable', { error: message })] };
    }
    input.value = '';
    if (result.ok) {
      setErrors(undefined);
      onCsv(result);
    } else {
      setErrors({ file: file.name, messages: pointsCsvMessages(t, result) });
    }
  };

  return (
    <fieldset className="mlp-panel">
      <legend>{t('labUi.mlp.data')}</legend>
      <ChoiceSelect
        label={t('labUi.mlp.dataset')}
        value={setup.data}
        options={options}
        onChange={(data) => onChange({ data })}
      />
      <NumberSelect
        label={t('labUi.mlp.points')}
        value={setup.points}
        options={CHOICES.points}
        disabled={!generated}
        onChange={(points) => onChange({ points })}
      />
      <SliderField
        label={t('labUi.mlp.noise')}
        value={setup.noise}
        min={LIMITS.noise[0]}
        max={LIMITS.noise[1]}
        step={0.05}
        format={percent}
        disabled={!generated}
        onChange={(noise) => onChange({ noise })}
      />
      <SliderField
        label={t('labUi.mlp.trainShare')}
        value={setup.trainFraction}
        min={LIMITS.trainFraction[0]}
        max={LIMITS.trainFraction[1]}
        step={0.05}
        format={percent}
        onChange={(trainFraction) => onChange({ trainFraction })}
      />
      <div className="mlp-field">
        <span>{t('labUi.mlp.dataSeed', { seed: setup.dataSeed })}</span>
        <button type="button" onClick={() => onChange({ dataSeed: (setup.dataSeed % LIMITS.seed[1]) + 1 })}>
          {t('labUi.mlp.newSample')}
        </button>
      </div>
      <div className="mlp-field mlp-upload">
        <label htmlFor={fileId}>{t('labUi.mlp.uploadCsv')}</label>
        <input id={fileId} type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => void upload(e)} />
        <small>{t('labUi.mlp.csvHelp')}</small>
      </div>
      {csv && setup.data === 'csv' && (
        <p className="mlp-note">
          {t('labUi.mlp.usingFile', {
            rows: csv.rows,
            c0: csv.columns[0],
            min0: csv.ranges[0][0],
            max0: csv.ranges[0][1],
            c1: csv.columns[1],
            min1: csv.ranges[1][0],
            max1: csv.ranges[1][1],
          })}
        </p>
      )}
      {errors && (
        <div role="alert" className="lab-error">
          <p>{t('labUi.mlp.notLoaded', { file: errors.file })}</p>
          <ul>
            {errors.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => setErrors(undefined)}>
            {t('labUi.common.dismiss')}
          </button>
        </div>
      )}
    </fieldset>
  );
});
