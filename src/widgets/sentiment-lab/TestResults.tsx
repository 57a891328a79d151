import { memo } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { ConfusionMatrix } from '../shared/training/ConfusionMatrix';
import { Metric } from '../shared/training/Metric';
import type { TestReport } from './protocol';
import { RocCurve } from './RocCurve';

const fixed = (value: number | null) => (value === null || Number.isNaN(value) ? '' : value.toFixed(4));

/** Precision, recall, F1 and AUC on the test split, its confusion matrix and ROC curve. */
export const TestResults = memo(function TestResults({ report }: { report: TestReport }) {
  const t = useT();
  const { tp, fp, tn, fn } = report.counts;
  return (
    <section className="test-results" aria-label={t('labUi.common.testResults')}>
      <div>
        <dl className="metric-grid test-metrics">
          <Metric name="precision" label={t('labUi.sentiment.precision')} value={fixed(report.precision)} />
          <Metric name="recall" label={t('labUi.sentiment.recall')} value={fixed(report.recall)} />
          <Metric name="f1" label="F1" value={fixed(report.f1)} />
          <Metric name="auc" label="ROC AUC" value={fixed(report.auc)} />
        </dl>
        <ConfusionMatrix
          matrix={[
            [tn, fp],
            [fn, tp],
          ]}
          labels={[t('labUi.sentiment.negative'), t('labUi.sentiment.positive')]}
          unit={t('labUi.sentiment.reviewsUnit')}
          caption={t('labUi.sentiment.testCaption', { n: report.count.toLocaleString('en-US') })}
        />
      </div>
      {report.roc && report.auc !== null && <RocCurve points={report.roc} auc={report.auc} />}
    </section>
  );
});
