import '../../i18n/figures/optimizer';
import { useState } from 'react';
import { useT } from '../../i18n';
import { defaultAdamConfig } from '../../ml/worked/adam';
import { seedSgdExample } from '../../ml/worked/sgd';
import { RangeControl } from '../shared/controls';
import { fmtTrim } from '../shared/numbers';
import { AdamTables } from './AdamTables';
import { BiasCorrectionPlot } from './BiasCorrectionPlot';
import { SgdTable } from './SgdTable';
import './worked-optimizer-step.css';

export interface WorkedOptimizerStepProps {
  /** Parameters before the step (default (0.5, 0.5, 0.5)). */
  theta?: readonly number[];
  /** Their gradient, one entry per parameter (default (0.1, 0.2, 0.3)). */
  gradient?: readonly number[];
  /** Starting learning rate for both optimizers (default 0.1). */
  learningRate?: number;
  /** Which optimizer(s) to show (default both). */
  show?: 'sgd' | 'adam' | 'both';
}

/** Offered learning rates: the slider moves through these (log-spaced, so 0.001 is reachable). */
const RATES = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5];

/**
 * One optimizer step on the same parameters and gradient, written out term by term: plain
 * SGD θ ← θ − η·g, and Adam's first step with and without bias correction, plus a plot of
 * how much too large the uncorrected step is over the first thousand steps.
 */
export function WorkedOptimizerStep({
  theta = seedSgdExample.theta,
  gradient = seedSgdExample.gradient,
  learningRate = seedSgdExample.learningRate,
  show = 'both',
}: WorkedOptimizerStepProps) {
  const t = useT();
  const rates = RATES.includes(learningRate) ? RATES : [...RATES, learningRate].sort((a, b) => a - b);
  const [rateIndex, setRateIndex] = useState(rates.indexOf(learningRate));
  const rate = rates[rateIndex];
  const [beta1, setBeta1] = useState(defaultAdamConfig.beta1);
  const [beta2, setBeta2] = useState(defaultAdamConfig.beta2);
  const config = { ...defaultAdamConfig, learningRate: rate, beta1, beta2 };
  const showAdam = show !== 'sgd';

  return (
    <div className="worked worked-optimizer-step" data-figure="worked-optimizer-step">
      <div className="worked-controls">
        <RangeControl
          label={t('figures.optimizer.learningRate')}
          value={rateIndex}
          min={0}
          max={rates.length - 1}
          step={1}
          onChange={setRateIndex}
          format={() => fmtTrim(rate, 3)}
        />
        {showAdam && (
          <>
            <RangeControl
              label="β₁"
              value={beta1}
              min={0}
              max={0.99}
              step={0.01}
              onChange={setBeta1}
              format={(v) => fmtTrim(v, 2)}
            />
            <RangeControl
              label="β₂"
              value={beta2}
              min={0.9}
              max={0.9999}
              step={0.0001}
              onChange={setBeta2}
              format={(v) => fmtTrim(v, 4)}
            />
          </>
        )}
      </div>
      {show !== 'adam' && <SgdTable theta={theta} gradient={gradient} learningRate={rate} />}
      {showAdam && (
        <>
          <AdamTables theta={theta} gradient={gradient} config={config} />
          <BiasCorrectionPlot config={config} />
        </>
      )}
    </div>
  );
}
