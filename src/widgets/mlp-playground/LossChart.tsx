import { memo } from 'react';
import { LiveChart } from '../shared/training/LiveChart';
import type { LossHistory } from './state';

/**
 * Train and test loss against epochs (passes over the training set). Memoised: it redraws only
 * when the reducer hands it a new history (a few times a second while training).
 */
export const LossChart = memo(function LossChart({ history }: { history: LossHistory }) {
  return (
    <LiveChart
      title="Loss"
      xLabel="epoch"
      x={history.epoch}
      series={[
        { label: 'train', values: history.train, color: 'var(--accent)' },
        { label: 'test', values: history.test, color: 'var(--warning)', dashed: true },
      ]}
    />
  );
});
