import '../../i18n/figures/network';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
import {
  descend,
  gradientCheck,
  seedNetwork,
  workedNetwork,
  type HiddenActivation,
  type NetworkLoss,
  type NetworkParams,
} from '../../ml/worked/network';
import { RangeControl, SelectControl } from '../shared/controls';
import { fmt } from '../shared/numbers';
import { NetworkDiagram } from './NetworkDiagram';
import { BackwardTables, ForwardTable, GradientTable } from './NetworkTables';
import './worked-network.css';

export interface WorkedNetworkProps {
  /** Hidden-layer activation (default ReLU); the chooser can change it. */
  hidden?: HiddenActivation;
  /** Loss (default binary cross-entropy); the chooser can change it. */
  loss?: NetworkLoss;
  /** Starting learning rate η for the "Take a gradient step" button (default 0.5). */
  learningRate?: number;
  /** Show the finite-difference columns (default true). */
  showGradientCheck?: boolean;
}

const hiddenOptions: { value: HiddenActivation; label: string }[] = [
  { value: 'relu', label: 'ReLU' },
  { value: 'sigmoid', label: 'Sigmoid' },
  { value: 'tanh', label: 'tanh' },
];
const lossValues: readonly NetworkLoss[] = ['bce', 'halfSquared'];
const targetOptions = [
  { value: '0', label: '0' },
  { value: '1', label: '1' },
] as const;

/**
 * Seed 001's small network, corrected and computed live: 2 inputs → 3 hidden units → 1
 * sigmoid output on one example. Shows the diagram, the forward pass, the backward pass (δ's),
 * every weight gradient with a finite-difference check, and lets the reader take gradient
 * steps and watch the loss fall.
 */
export function WorkedNetwork({
  hidden: initialHidden = seedNetwork.options.hidden,
  loss: initialLoss = seedNetwork.options.loss,
  learningRate: initialRate = 0.5,
  showGradientCheck = true,
}: WorkedNetworkProps) {
  const t = useT();
  const [hidden, setHidden] = useState<HiddenActivation>(initialHidden);
  const [loss, setLoss] = useState<NetworkLoss>(initialLoss);
  const [target, setTarget] = useState(seedNetwork.example.y);
  const [learningRate, setLearningRate] = useState(initialRate);
  const [params, setParams] = useState<NetworkParams>(seedNetwork.params);
  const [history, setHistory] = useState<number[]>([]);

  const options = { hidden, loss };
  const example = { x: seedNetwork.example.x, y: target };
  const { forward: pass, backward: grads } = workedNetwork(params, example, options);
  const check = gradientCheck(params, example, options);
  const reset = () => {
    setParams(seedNetwork.params);
    setHistory([]);
  };
  // Changing the activation, loss or target changes the problem: start again from the seed's weights.
  const restartWith =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      reset();
    };

  return (
    <div className="worked worked-network" data-figure="worked-network">
      <div className="worked-controls">
        <SelectControl
          label={t('figures.network.hidden')}
          value={hidden}
          options={hiddenOptions}
          onChange={restartWith(setHidden)}
        />
        <SelectControl
          label={t('figures.network.loss')}
          value={loss}
          options={lossValues.map((value) => ({ value, label: t(`figures.network.${value}`) }))}
          onChange={restartWith(setLoss)}
        />
        <SelectControl
          label={t('figures.network.target')}
          value={String(target) as '0' | '1'}
          options={targetOptions}
          onChange={restartWith((v: '0' | '1') => setTarget(Number(v)))}
        />
      </div>
      <NetworkDiagram params={params} x={example.x} pass={pass} />
      <ForwardTable params={params} example={example} options={options} pass={pass} />
      <BackwardTables params={params} example={example} options={options} pass={pass} grads={grads} />
      <GradientTable rows={check.rows} learningRate={learningRate} showCheck={showGradientCheck} />
      {showGradientCheck && (
        <p className="worked-note">
          {t('figures.network.largest')}
          <span data-value="max-relative-error">
            {check.maxRelativeError === 0 ? '0' : check.maxRelativeError.toExponential(1)}
          </span>{' '}
          {check.maxRelativeError < 1e-6 ? (
            <span className="worked-good">{t('figures.network.right')}</span>
          ) : (
            <span className="worked-warn">{t('figures.network.kink')}</span>
          )}
          .
        </p>
      )}
      <div className="worked-controls">
        <RangeControl
          label={t('figures.network.learningRate')}
          value={learningRate}
          min={0.1}
          max={2}
          step={0.1}
          onChange={setLearningRate}
          format={(v) => fmt(v, 1)}
        />
        <button
          type="button"
          onClick={() => {
            setHistory([...history, pass.loss]);
            setParams(descend(params, grads, learningRate));
          }}
        >
          {t('lab.step')}
        </button>
        <button type="button" onClick={reset} disabled={history.length === 0}>
          {t('lab.reset')}
        </button>
      </div>
      <p className="worked-result" aria-live="polite">
        {history.length === 0
          ? fill(t('figures.network.start'), { loss: <strong>{fmt(pass.loss, 4)}</strong> })
          : t('figures.network.after', {
              count: history.length,
              losses: [...history, pass.loss].map((l) => fmt(l, 4)).join(' → '),
            })}
      </p>
    </div>
  );
}
