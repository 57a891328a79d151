import { memo } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { TRAIN_COLOUR, VALIDATION_COLOUR } from '../shared/palette';
import { LiveChart } from '../shared/training/LiveChart';
import type { LossHistory } from './state';

/**
 * Train and test loss against epochs (passes over the training set). Memoised: it redraws only
 * when the reducer hands it a new history (a few times a second while training).
 */
export const LossChart = memo(function LossChart({ history }: { history: LossHistory }) {
  const t = useT();
  return (
    <LiveChart
      title={t('labUi.common.loss')}
      xLabel={t('labUi.mlp.epochAxis')}
      x={history.epoch}
      series={[
        { label: t('labUi.mlp.train'), values: history.train, color: TRAIN_COLOUR },
        { label: t('labUi.mlp.test'), values: history.test, color: VALIDATION_COLOUR, dashed: true },
      ]}
    />
  );
});
