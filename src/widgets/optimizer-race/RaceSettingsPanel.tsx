import { useId } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { RACER_NAMES, type RacerName } from '../../ml/optimizer-race/racers';
import { SURFACE_IDS, SURFACES, type SurfaceId } from '../../ml/optimizer-race/surfaces';
import type { BackendName } from '../../ml/backend';
import { RangeControl, SelectControl } from '../shared/controls';
import { formatPoint, formatValue } from './format';
import { RacerSwatch } from './RacerSwatch';
import { settingsFor, toggleRacer, type RaceSettings } from './settings';

const beta2Options = ['0.9', '0.95', '0.99', '0.995', '0.999', '0.9999'].map((v) => ({ value: v, label: v }));
const speedOptions = ['1', '2', '5', '10', '20', '50'].map((v) => ({ value: v, label: v }));

/** η on a log slider: the value is log₁₀ η. */
const fromLog = (v: number) => Number((10 ** v).toPrecision(2));

/**
 * The race's settings. Every change except the speed restarts the race from the start point
 * (a race that was running keeps running); choosing a surface also loads its learning rate,
 * start point and speed.
 */
export function RaceSettingsPanel({
  settings,
  onChange,
  stepsPerFrame,
  onStepsPerFrameChange,
  backend,
  onBackendChange,
}: {
  settings: RaceSettings;
  onChange(next: RaceSettings): void;
  stepsPerFrame: number;
  onStepsPerFrameChange(steps: number): void;
  backend: BackendName;
  onBackendChange(backend: BackendName): void;
}) {
  const t = useT();
  const id = useId();
  const surfaceOptions = SURFACE_IDS.map((id) => ({ value: id, label: t(`labUi.race.surfaces.${id}`) }));
  const backendOptions: { value: BackendName; label: string }[] = [
    { value: 'cpu', label: 'CPU' },
    { value: 'webgl', label: t('labUi.race.webgl') },
  ];
  const set = (patch: Partial<RaceSettings>) => onChange({ ...settings, ...patch });
  const surface = SURFACES[settings.surface];
  const label = (racer: RacerName) =>
    racer === 'adam-uncorrected' ? t('labUi.race.adamUncorrected') : t(`labUi.race.racers.${racer}`);
  return (
    <div className="race-settings">
      <div className="race-settings-row">
        <SelectControl<SurfaceId>
          label={t('labUi.race.surface')}
          value={settings.surface}
          options={surfaceOptions}
          onChange={(id) => {
            onChange(settingsFor(id, settings));
            onStepsPerFrameChange(SURFACES[id].stepsPerFrame);
          }}
        />
        <SelectControl
          label={t('labUi.race.stepsPerFrame')}
          value={String(stepsPerFrame)}
          options={speedOptions}
          onChange={(v) => onStepsPerFrameChange(Number(v))}
        />
        <SelectControl<BackendName>
          label={t('lab.backend')}
          value={backend}
          options={backendOptions}
          onChange={onBackendChange}
        />
        <span className="race-start-point">
          {t('labUi.race.start', { point: formatPoint(settings.start, 3) })}{' '}
          <button
            type="button"
            onClick={() => set({ start: surface.start })}
            disabled={settings.start === surface.start}
          >
            {t('labUi.race.defaultStart')}
          </button>
        </span>
      </div>
      <div className="race-settings-row">
        <RangeControl
          label={t('labUi.race.learningRate')}
          value={Math.log10(settings.learningRate)}
          min={-4}
          max={0}
          step={0.05}
          format={(v) => formatValue(fromLog(v), 2)}
          onChange={(v) => set({ learningRate: fromLog(v) })}
        />
        <RangeControl
          label={t('labUi.race.momentum')}
          value={settings.momentum}
          min={0}
          max={0.99}
          step={0.01}
          onChange={(momentum) => set({ momentum })}
        />
        <RangeControl
          label="RMSprop ρ"
          value={settings.rho}
          min={0}
          max={0.99}
          step={0.01}
          onChange={(rho) => set({ rho })}
        />
        <RangeControl
          label="Adam β₁"
          value={settings.beta1}
          min={0}
          max={0.99}
          step={0.01}
          onChange={(beta1) => set({ beta1 })}
        />
        <SelectControl
          label="Adam β₂"
          value={String(settings.beta2)}
          options={beta2Options}
          onChange={(v) => set({ beta2: Number(v) })}
        />
        <RangeControl
          label={t('labUi.race.weightDecay')}
          value={settings.weightDecay}
          min={0}
          max={0.5}
          step={0.01}
          onChange={(weightDecay) => set({ weightDecay })}
        />
      </div>
      <fieldset className="race-racers">
        <legend>{t('labUi.race.racersLegend')}</legend>
        {RACER_NAMES.map((racer) => {
          const on = settings.racers.includes(racer);
          return (
            <label key={racer} htmlFor={`${id}-${racer}`}>
              <input
                id={`${id}-${racer}`}
                type="checkbox"
                checked={on}
                disabled={on && settings.racers.length === 1}
                onChange={(e) => set({ racers: toggleRacer(settings.racers, racer, e.currentTarget.checked) })}
              />
              <RacerSwatch racer={racer} /> {label(racer)}
            </label>
          );
        })}
      </fieldset>
    </div>
  );
}
