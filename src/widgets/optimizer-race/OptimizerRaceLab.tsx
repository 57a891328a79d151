import { useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { BackendName } from '../../ml/backend';
import { SURFACES } from '../../ml/optimizer-race/surfaces';
import { formatNumber } from '../../lib/format';
import { Metric } from '../shared/training/Metric';
import { TrainControls } from '../shared/training/TrainControls';
import '../shared/training/training.css';
import '../shared/worked.css';
import { RaceSettingsPanel } from './RaceSettingsPanel';
import { RaceStandings } from './RaceStandings';
import { settingsFor, type RaceSettings } from './settings';
import { StepDetails } from './StepDetails';
import { SurfacePlot } from './SurfacePlot';
import { useOptimizerRace } from './useOptimizerRace';
import './optimizer-race.css';

/**
 * The optimizer race: SGD, momentum, RMSprop, Adam and AdamW (and, on request, Adam without
 * bias correction) minimising the same 2-D surface from the same start with one learning rate,
 * each a TF.js optimizer stepping its own pair of `tf.variable`s. Live trajectories on a heat
 * map, each racer's loss, and Step to see one update of every racer worked out.
 */
export default function OptimizerRaceLab() {
  const t = useT();
  const [settings, setSettings] = useState<RaceSettings>(() => settingsFor('valley'));
  const [stepsPerFrame, setStepsPerFrame] = useState(SURFACES.valley.stepsPerFrame);
  const [backend, setBackend] = useState<BackendName>('cpu');
  const { view, actions } = useOptimizerRace(settings, stepsPerFrame, backend);
  const surface = SURFACES[settings.surface];
  const shown = view.config?.surface === settings.surface ? view.runners : [];
  const running = view.state === 'training';

  return (
    <section
      className="lab optimizer-race"
      data-lab="optimizer-race"
      data-state={view.state}
      aria-label={t('labUi.race.label')}
    >
      <RaceSettingsPanel
        settings={settings}
        onChange={setSettings}
        stepsPerFrame={stepsPerFrame}
        onStepsPerFrameChange={setStepsPerFrame}
        backend={backend}
        onBackendChange={setBackend}
      />
      <p className="race-lesson">
        <strong>{surface.formula}.</strong> {t(`labUi.race.lessons.${surface.id}`)}
      </p>
      <TrainControls
        state={view.state}
        onTrain={actions.train}
        onPause={actions.pause}
        onResume={actions.resume}
        onStop={actions.stop}
        onReset={actions.reset}
        onStep={actions.step}
      />
      {view.error && <p role="alert">{t('labUi.race.stopped', { error: view.error })}</p>}
      <div className="race-main">
        <SurfacePlot
          surface={surface}
          start={settings.start}
          runners={shown}
          steps={view.steps}
          onPickStart={(start) => setSettings({ ...settings, start })}
        />
        <div className="race-side">
          <dl className="metric-grid">
            <Metric
              name="step"
              label={t('labUi.common.step')}
              value={String(view.steps)}
              unit={t('labUi.race.ofSteps', { n: surface.maxSteps })}
            />
            <Metric
              name="steps-per-second"
              label={t('labUi.race.stepsPerSecond')}
              value={formatNumber(view.stepsPerSecond, 0)}
            />
            <Metric name="backend" label={t('lab.backend')} value={view.backend} />
            <Metric name="num-tensors" label={t('labUi.race.tensors')} value={String(view.numTensors)} />
          </dl>
          <p className="race-backend-note">{t('labUi.race.backendNote')}</p>
        </div>
      </div>
      <RaceStandings runners={shown} surface={surface} />
      {!running && view.config && <StepDetails runners={shown} hyperparameters={view.config.hyperparameters} />}
    </section>
  );
}
