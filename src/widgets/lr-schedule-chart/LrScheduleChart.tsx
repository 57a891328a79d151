import '../../i18n/figures/schedule';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
import {
  effectiveWarmup,
  exponentialGamma,
  learningRateAt,
  scheduleNames,
  stepMilestones,
  summarizeSchedule,
  type ScheduleConfig,
  type ScheduleName,
} from '../../ml/worked/schedules';
import { RangeControl } from '../shared/controls';
import { LinePlot } from '../shared/LinePlot';
import { fmtTrim } from '../shared/numbers';
import { BLUE, GREEN, NEUTRAL, ORANGE, PURPLE } from '../shared/palette';
import '../shared/worked.css';
import './lr-schedule-chart.css';

/** Offered base rates (log-spaced: Adam's 0.001 and SGD's 0.1 are both reachable). */
const RATES = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1];
/** Offered run lengths. */
const TOTALS = [100, 200, 500, 1000, 2000, 5000, 10000];
/** At most this many points per curve. */
const MAX_POINTS = 500;

/** Series colours from src/widgets/shared/palette.ts (colour-blind safe), and a dash pattern each. */
const COLORS: Record<ScheduleName, { color: string; dash?: string }> = {
  constant: { color: NEUTRAL, dash: '1 3' },
  step: { color: BLUE },
  exponential: { color: GREEN, dash: '2 3' },
  cosine: { color: ORANGE, dash: '6 4' },
  'warmup-cosine': { color: PURPLE, dash: '10 3 2 3' },
};

export interface LrScheduleChartProps {
  /** Starting base rate η₀ (default 0.1; must be one of the offered rates or is added to them). */
  baseRate?: number;
  /** Starting number of steps T (default 1000). */
  totalSteps?: number;
  /** Starting warm-up W (default 100). */
  warmupSteps?: number;
}

/** A learning rate printed compactly: 0.05, 0.0049, 2.5e-5. */
function rate(x: number): string {
  if (x === 0) return '0';
  return Math.abs(x) >= 1e-3 ? fmtTrim(x, 5) : x.toExponential(2).replace(/\.?0+e/, 'e');
}

/** The steps to sample: all of them for short runs, evenly thinned for long ones, always 1 and T. */
function sampleSteps(total: number): number[] {
  const stride = Math.max(1, Math.ceil(total / MAX_POINTS));
  const steps: number[] = [];
  for (let t = 1; t < total; t += stride) steps.push(t);
  steps.push(total);
  return steps;
}

/**
 * Four learning-rate schedules over one run: step decay, exponential decay, cosine decay, and
 * linear warm-up followed by cosine decay, with controls for η₀, W and T and a table of the
 * rate at a few steps and its mean over the run. Every value comes from src/ml/worked/schedules.
 */
export function LrScheduleChart({ baseRate = 0.1, totalSteps = 1000, warmupSteps = 100 }: LrScheduleChartProps) {
  const t = useT();
  const label = (name: ScheduleName) => t(`figures.schedule.names.${name}`);
  const rates = RATES.includes(baseRate) ? RATES : [...RATES, baseRate].sort((a, b) => a - b);
  const totals = TOTALS.includes(totalSteps) ? TOTALS : [...TOTALS, totalSteps].sort((a, b) => a - b);
  const [rateIndex, setRateIndex] = useState(rates.indexOf(baseRate));
  const [totalIndex, setTotalIndex] = useState(totals.indexOf(totalSteps));
  const [warmup, setWarmup] = useState(warmupSteps);
  const total = totals[totalIndex];
  const config: ScheduleConfig = { baseRate: rates[rateIndex], totalSteps: total, warmupSteps: warmup };
  const w = effectiveWarmup(config);
  const warmupMax = Math.floor(total / 2);
  const steps = sampleSteps(total);
  const summaries = scheduleNames.map((name) => summarizeSchedule(name, config));
  const half = Math.ceil(total / 2);
  const [m1, m2] = stepMilestones(config);

  return (
    <div className="worked lr-schedule-chart" data-figure="lr-schedule-chart">
      <div className="worked-controls">
        <RangeControl
          label={t('figures.schedule.baseRate')}
          value={rateIndex}
          min={0}
          max={rates.length - 1}
          step={1}
          onChange={setRateIndex}
          format={() => rate(rates[rateIndex])}
        />
        <RangeControl
          label={t('figures.schedule.total')}
          value={totalIndex}
          min={0}
          max={totals.length - 1}
          step={1}
          onChange={(i) => {
            setTotalIndex(i);
            // Keep the warm-up inside the shorter run (in the event handler, not an effect).
            setWarmup((current) => Math.min(current, Math.floor(totals[i] / 2)));
          }}
          format={() => String(total)}
        />
        <RangeControl
          label={t('figures.schedule.warmup')}
          value={Math.min(warmup, warmupMax)}
          min={0}
          max={warmupMax}
          step={Math.max(1, Math.round(total / 100))}
          onChange={setWarmup}
          format={() => String(w)}
        />
      </div>
      <LinePlot
        ariaLabel={t('figures.schedule.plotLabel', {
          total,
          rate: rate(config.baseRate),
          warmup: w,
          curves: summaries
            .map((s) =>
              t('figures.schedule.curve', {
                name: label(s.name),
                first: rate(s.first),
                middle: rate(s.middle),
                half,
                last: rate(s.last),
                total,
              }),
            )
            .join('; '),
        })}
        series={scheduleNames.map((name) => ({
          label: label(name),
          points: steps.map((step) => [step, learningRateAt(name, step, config)] as const),
          ...COLORS[name],
        }))}
        xDomain={[0, total]}
        yDomain={[0, config.baseRate * 1.05]}
        xLabel={t('figures.schedule.xLabel')}
        yLabel={t('figures.schedule.yLabel')}
      />
      <table className="worked-table">
        <caption>{t('figures.schedule.caption', { rate: rate(config.baseRate), total, warmup: w })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.schedule.schedule')}</th>
            <th scope="col" className="num">
              {t('figures.schedule.stepN', { n: 1 })}
            </th>
            <th scope="col" className="num">
              {t('figures.schedule.stepN', { n: half })}
            </th>
            <th scope="col" className="num">
              {t('figures.schedule.stepN', { n: total })}
            </th>
            <th scope="col" className="num">
              {t('figures.schedule.peak')}
            </th>
            <th scope="col" className="num">
              {t('figures.schedule.mean')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((s) => (
            <tr key={s.name}>
              <th scope="row">{label(s.name)}</th>
              <td className="num" data-value={`lr-${s.name}-first`}>
                {rate(s.first)}
              </td>
              <td className="num" data-value={`lr-${s.name}-middle`}>
                {rate(s.middle)}
              </td>
              <td className="num" data-value={`lr-${s.name}-last`}>
                {rate(s.last)}
              </td>
              <td className="num" data-value={`lr-${s.name}-peak-step`}>
                {rate(s.peak)} ({s.peakStep})
              </td>
              <td className="num" data-value={`lr-${s.name}-mean`}>
                {rate(s.mean)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="worked-note">
        {fill(t('figures.schedule.note', { m1, m2 }), {
          gamma: <span data-value="lr-gamma">{fmtTrim(exponentialGamma(config), 6)}</span>,
        })}
      </p>
    </div>
  );
}
