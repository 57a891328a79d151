import '../../i18n/figures/threshold';
import { useT } from '../../i18n';
import {
  calibration,
  metricsAt,
  metricsFromCounts,
  rankAuc,
  rocCurve,
  trapezoidArea,
  workedScores,
  type ThresholdMetrics,
} from '../../ml/worked/classification-metrics';
import { formatInteger } from '../param-count/format';
import { fmt } from '../shared/numbers';

/** Metrics quoted in the prose, all computed from the chapter's twelve scored examples. */
export type ThresholdStat = keyof Omit<ThresholdMetrics, 'threshold'>;

function Computed({ value, text }: { value: number; text: string }) {
  return (
    <span className="computed" data-value={String(value)}>
      {text}
    </span>
  );
}

/** `<ThresholdValue threshold={0.5} stat="precision" />` → "0.7143"; counts (tp, fp, tn, fn) print as integers. */
export function ThresholdValue({ threshold, stat }: { threshold: number; stat: ThresholdStat }) {
  const value = metricsAt(workedScores, threshold)[stat];
  const isCount = stat === 'tp' || stat === 'fp' || stat === 'tn' || stat === 'fn';
  return <Computed value={value} text={isCount ? String(value) : fmt(value, 4)} />;
}

/** AUC of the twelve examples: by the trapezoid rule, or the pair count as "28 of 36". */
export function AucValue({ method = 'trapezoid' }: { method?: 'trapezoid' | 'rank' | 'pairs' }) {
  const t = useT();
  if (method === 'trapezoid') {
    const auc = trapezoidArea(rocCurve(workedScores));
    return <Computed value={auc} text={fmt(auc, 4)} />;
  }
  const pairs = rankAuc(workedScores);
  if (method === 'pairs')
    return (
      <Computed
        value={pairs.correct}
        text={t('figures.threshold.pairs', { correct: pairs.correct, pairs: pairs.pairs })}
      />
    );
  return <Computed value={pairs.auc} text={fmt(pairs.auc, 4)} />;
}

/** Expected calibration error of the twelve examples with `bins` equal bins (default 5). */
export function EceValue({ bins = 5 }: { bins?: number }) {
  const { ece } = calibration(workedScores, bins);
  return <Computed value={ece} text={fmt(ece, 4)} />;
}

/**
 * A metric of a confusion matrix given by its counts, for exercises with their own numbers:
 * `<CountMetric tp={40} fp={60} fn={10} n={10000} stat="accuracy" />`. TN is n − TP − FP − FN.
 * Ratios print as percentages with `percent`.
 */
export function CountMetric({
  tp,
  fp,
  fn,
  n,
  stat,
  percent = false,
}: {
  tp: number;
  fp: number;
  fn: number;
  n: number;
  stat: ThresholdStat;
  percent?: boolean;
}) {
  const value = metricsFromCounts({ tp, fp, fn, tn: n - tp - fp - fn })[stat];
  const isCount = stat === 'tp' || stat === 'fp' || stat === 'tn' || stat === 'fn';
  const text = isCount ? formatInteger(value) : percent ? `${fmt(value * 100, 1)}%` : fmt(value, 4);
  return <Computed value={value} text={text} />;
}
