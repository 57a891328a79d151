import { useState } from 'react';
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
      aria-label="Optimizer race"
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
        <strong>{surface.formula}.</strong> {surface.lesson}
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
      {view.error && <p role="alert">The race stopped: {view.error}</p>}
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
            <Metric name="step" label="Step" value={String(view.steps)} unit={`of ${surface.maxSteps}`} />
            <Metric name="steps-per-second" label="Steps per second" value={formatNumber(view.stepsPerSecond, 0)} />
            <Metric name="backend" label="Backend" value={view.backend} />
            <Metric name="num-tensors" label="Tensors in memory" value={String(view.numTensors)} />
          </dl>
          <p className="race-backend-note">
            CPU is the default: one step of five racers is 200–500 TF.js operations on single numbers, and on WebGL each
            is a separate GPU program launch, which costs far more than the arithmetic. Switch to WebGL to run the same
            optimizers on the GPU and compare the steps per second.
          </p>
        </div>
      </div>
      <RaceStandings runners={shown} surface={surface} />
      {!running && view.config && <StepDetails runners={shown} hyperparameters={view.config.hyperparameters} />}
    </section>
  );
}
