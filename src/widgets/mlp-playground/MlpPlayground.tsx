import { useCallback, useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import '../shared/training/training.css';
import './mlp-playground.css';
import type { PointsCsv } from '../../ml/data/points-csv';
import { generateToy, splitPoints, type PointSplit } from '../../ml/data/toy2d';
import { GRID, isWeightOf, type WeightRef } from '../../ml/playground/layout';
import { taskOf, type BackendChoice, type PlaygroundSetup } from '../../ml/playground/setup';
import type { LabProps } from '../lab-props';
import { DiagnosticsPanel } from '../shared/training/DiagnosticsPanel';
import { TrainControls } from '../shared/training/TrainControls';
import { BackendPanel } from './BackendPanel';
import { DataPanel } from './DataPanel';
import { LossChart } from './LossChart';
import { Metrics } from './Metrics';
import { NetworkPanel } from './NetworkPanel';
import { NetworkView } from './NetworkView';
import { OutputView } from './OutputView';
import { initialSetup } from './presets';
import { ShareLink } from './ShareLink';
import { StepInspector } from './StepInspector';
import { TrainingPanel } from './TrainingPanel';
import { encodeSetup } from './url-state';
import { usePlayground } from './usePlayground';
import { LabAlert } from '../shared/training/LabAlert';

/** The points of an experiment: the uploaded CSV or a generated set, split into train and test. Pure. */
function pointsOf(
  setup: Pick<PlaygroundSetup, 'data' | 'points' | 'noise' | 'trainFraction' | 'dataSeed'>,
  csv: PointsCsv | undefined,
): PointSplit {
  const set =
    setup.data === 'csv' && csv
      ? csv.points
      : generateToy(setup.data === 'csv' ? 'circle' : setup.data, {
          count: setup.points,
          noise: setup.noise,
          seed: setup.dataSeed,
        });
  return splitPoints(set, setup.trainFraction, setup.dataSeed);
}

const FIRST_WEIGHT: WeightRef = { layer: 0, from: 0, to: 0 };

/** True on the lab's own page (/labs/mlp), where the address bar follows the setup. */
function isOwnPage(): boolean {
  return /\/labs\/mlp\/?$/.test(window.location.pathname);
}

/**
 * The MLP playground: build a small network, train it on 2-D or 1-D toy data (or your CSV) in a
 * worker, and watch the decision boundary, every neuron, every weight and the loss curves change.
 * The setup lives in the URL, so a link reproduces the experiment.
 */
export default function MlpPlayground({ preset }: LabProps) {
  const t = useT();
  const [start] = useState(() => initialSetup(preset, window.location.search));
  const [setup, setSetup] = useState(start.setup);
  const [notices, setNotices] = useState(start.problems);
  const [csv, setCsv] = useState<PointsCsv>();
  const [picked, setPicked] = useState<WeightRef>(FIRST_WEIGHT);
  const { data: dataChoice, points, noise, trainFraction, dataSeed } = setup;
  const data = useMemo(
    () => pointsOf({ data: dataChoice, points, noise, trainFraction, dataSeed }, csv),
    [dataChoice, points, noise, trainFraction, dataSeed, csv],
  );
  const { view, fps, send, dismissError } = usePlayground(setup, data);
  const query = encodeSetup(setup);

  useEffect(() => {
    if (isOwnPage()) window.history.replaceState(window.history.state, '', `?${query}`);
  }, [query]);

  // Stable callbacks and props, so that the settings panels (memoised) do not re-render at every frame.
  const change = useCallback(
    (patch: Partial<PlaygroundSetup>) => setSetup((current) => ({ ...current, ...patch })),
    [],
  );
  const acceptCsv = useCallback(
    (next: PointsCsv) => {
      setCsv(next);
      change({ data: 'csv' });
    },
    [change],
  );
  const changeBackend = useCallback((backend: BackendChoice) => change({ backend }), [change]);
  const bench = useCallback(() => send({ type: 'bench' }), [send]);
  const { layers } = setup;
  const dims = data.train.dims;
  const plannedSizes = useMemo(() => [dims, ...layers, 1], [dims, layers]);
  const sizes = view.sizes ?? plannedSizes;
  const selected = isWeightOf(sizes, picked) ? picked : FIRST_WEIGHT;
  const task = taskOf(setup.data);
  const grid = GRID[data.train.dims];
  const snapshot = view.frame?.snapshot;
  const busy = view.state === 'training' || view.state === 'loading';

  return (
    <section className="lab mlp-playground" data-lab="mlp" data-state={view.state} aria-label={t('labUi.mlp.label')}>
      <LabAlert message={view.error} onDismiss={dismissError} />
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" className="link-button" onClick={() => setNotices([])}>
            {t('labUi.common.dismiss')}
          </button>
        </div>
      )}
      <div className="mlp-panels">
        <DataPanel setup={setup} onChange={change} csv={csv} onCsv={acceptCsv} />
        <NetworkPanel setup={setup} onChange={change} parameters={view.parameters} />
        <TrainingPanel setup={setup} onChange={change} />
      </div>
      <p className="mlp-note">{t('labUi.mlp.freshNetwork')}</p>
      <TrainControls
        state={view.state}
        onTrain={() => send({ type: 'train' })}
        onPause={() => send({ type: 'pause' })}
        onResume={() => send({ type: 'resume' })}
        onStep={() => send({ type: 'step', weight: selected })}
        onStop={() => send({ type: 'stop' })}
        onReset={() => send({ type: 'reset' })}
      />
      <Metrics frame={view.frame} fps={fps} totalSteps={setup.steps} task={task} />
      <div className="mlp-pictures">
        <NetworkView
          sizes={sizes}
          activation={setup.activation}
          task={task}
          domain={data.train.domain}
          grid={grid.neuron}
          weights={snapshot?.weights}
          neurons={snapshot?.neurons}
          output={snapshot?.output}
          outputGrid={grid.main}
          selected={selected}
          onSelect={setPicked}
        />
        <OutputView data={data} task={task} output={snapshot?.output} grid={grid.main} />
      </div>
      <div className="mlp-lower">
        <LossChart history={view.chart} />
        <StepInspector sizes={sizes} selected={selected} onSelect={setPicked} report={view.step} setup={setup} />
      </div>
      <BackendPanel
        choice={setup.backend}
        onChange={changeBackend}
        backend={view.backend}
        bench={view.bench}
        benchRunning={view.benchRunning}
        onBench={bench}
        busy={busy}
      />
      <ShareLink key={query} query={query} />
      <DiagnosticsPanel
        backend={view.backend}
        numTensors={view.frame?.numTensors}
        examplesPerSecond={view.frame ? view.frame.stepsPerSecond * Math.min(setup.batchSize, data.train.count) : 0}
      />
    </section>
  );
}
