import '../../i18n/figures/threshold';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
import {
  metricsAt,
  rankAuc,
  rocCurve,
  trapezoidArea,
  workedScores,
  type ScoredExample,
} from '../../ml/worked/classification-metrics';
import { RangeControl } from '../shared/controls';
import { LinePlot } from '../shared/LinePlot';
import { fmt, fmtTrim } from '../shared/numbers';
import { ConfusionTable } from './ConfusionTable';
import './threshold-explorer.css';

export interface ThresholdExplorerProps {
  /** The threshold shown first (default 0.5). */
  threshold?: number;
  /** Scored examples (default the chapter's twelve). */
  examples?: readonly ScoredExample[];
}

/** Slider positions are hundredths, so 0.55 on the slider is exactly the score 0.55. */
const toThreshold = (v: number) => Math.round(v * 100) / 100;

/** A fraction "a/b = 0.7143", or a note when the denominator is 0. */
function Fraction({ num, den, name }: { num: number; den: number; name: string }) {
  const t = useT();
  return (
    <>
      {num}/{den} ={' '}
      <strong data-value={name}>{den === 0 ? t('figures.threshold.undefined') : fmt(num / den, 4)}</strong>
    </>
  );
}

/**
 * Twelve scored examples and a threshold slider: the predictions, the confusion matrix,
 * accuracy, precision, recall, F1 and the false-positive rate update together, and the current
 * operating point moves along the ROC curve. AUC is shown twice, by the trapezoid rule and as the
 * fraction of positive–negative pairs ranked correctly; the two agree.
 */
export function ThresholdExplorer({ threshold: initial = 0.5, examples = workedScores }: ThresholdExplorerProps) {
  const t = useT();
  const [threshold, setThreshold] = useState(toThreshold(initial));
  const m = metricsAt(examples, threshold);
  const roc = rocCurve(examples);
  const trapezoid = trapezoidArea(roc);
  const pairs = rankAuc(examples);
  const positives = m.tp + m.fn;
  const negatives = m.fp + m.tn;
  const n = positives + negatives;

  return (
    <div className="worked threshold-explorer" data-figure="threshold-explorer">
      <div className="worked-controls">
        <RangeControl
          label={t('figures.threshold.threshold')}
          value={threshold}
          min={0}
          max={1}
          step={0.05}
          onChange={(v) => setThreshold(toThreshold(v))}
          format={(v) => fmt(v, 2)}
        />
      </div>
      <table className="worked-table threshold-examples">
        <caption>{t('figures.threshold.caption', { threshold: fmt(threshold, 2) })}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('figures.threshold.score')}</th>
            {examples.map((e, i) => (
              <td key={i} className="num">
                {fmtTrim(e.score, 3)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('figures.threshold.trueLabel')}</th>
            {examples.map((e, i) => (
              <td key={i} className="num">
                {e.label}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('figures.threshold.predicted')}</th>
            {examples.map((e, i) => {
              const predicted = e.score >= threshold ? 1 : 0;
              return (
                <td key={i} className={predicted === e.label ? 'num threshold-right' : 'num threshold-wrong'}>
                  {predicted}
                  <span className="visually-hidden">
                    {predicted === e.label ? t('figures.threshold.right') : t('figures.threshold.wrong')}
                  </span>
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
      <div className="threshold-panels">
        <div>
          <ConfusionTable tp={m.tp} fp={m.fp} tn={m.tn} fn={m.fn} />
          <dl className="threshold-metrics" aria-live="polite">
            <dt>{t('figures.threshold.accuracy')}</dt>
            <dd>
              (TP + TN)/n = <Fraction num={m.tp + m.tn} den={n} name="accuracy" />
            </dd>
            <dt>{t('figures.threshold.precision')}</dt>
            <dd>
              TP/(TP + FP) = <Fraction num={m.tp} den={m.tp + m.fp} name="precision" />
              {m.tp + m.fp === 0 && <span className="worked-note">{t('figures.threshold.nothingPositive')}</span>}
            </dd>
            <dt>{t('figures.threshold.recall')}</dt>
            <dd>
              TP/(TP + FN) = <Fraction num={m.tp} den={positives} name="recall" />
            </dd>
            <dt>F1</dt>
            <dd>
              2TP/(2TP + FP + FN) = <Fraction num={2 * m.tp} den={2 * m.tp + m.fp + m.fn} name="f1" />
            </dd>
            <dt>{t('figures.threshold.fpr')}</dt>
            <dd>
              FP/(FP + TN) = <Fraction num={m.fp} den={negatives} name="fpr" />
            </dd>
          </dl>
        </div>
        <LinePlot
          ariaLabel={t('figures.threshold.rocLabel', {
            n,
            auc: fmt(trapezoid, 4),
            threshold: fmt(threshold, 2),
            fpr: fmt(m.falsePositiveRate, 4),
            tpr: fmt(m.recall, 4),
          })}
          xDomain={[0, 1]}
          yDomain={[0, 1]}
          xLabel={t('figures.threshold.fpr')}
          yLabel={t('figures.threshold.tpr')}
          width={360}
          height={320}
          series={[
            {
              label: t('figures.threshold.roc'),
              points: roc.map((p) => [p.fpr, p.tpr] as const),
              color: 'var(--accent)',
            },
            {
              label: t('figures.threshold.random'),
              points: [
                [0, 0],
                [1, 1],
              ],
              color: 'var(--fg-soft)',
              dashed: true,
            },
          ]}
          markers={[
            { x: m.falsePositiveRate, y: m.recall, color: 'var(--warning)', label: t('figures.threshold.current') },
          ]}
        />
      </div>
      <p className="worked-result">
        {fill(t('figures.threshold.aucLine', { correct: pairs.correct, positives, negatives, pairs: pairs.pairs }), {
          trapezoid: <strong data-value="auc-trapezoid">{fmt(trapezoid, 4)}</strong>,
          ties: pairs.ties > 0 ? t('figures.threshold.ties', { ties: pairs.ties }) : '',
          rank: <strong data-value="auc-rank">{fmt(pairs.auc, 4)}</strong>,
        })}
      </p>
      <p className="worked-note">{t('figures.threshold.note')}</p>
    </div>
  );
}
