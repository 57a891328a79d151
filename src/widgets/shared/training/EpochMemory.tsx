import { useT } from '../../../i18n';
import '../../../i18n/lab-strings';
import type { MemoryReport } from '../../mnist-lab/protocol';

/**
 * Tensors and GPU memory at the end of every epoch: equal numbers mean nothing leaks (the
 * training loop runs each step in tf.tidy). Exact values are in data attributes for the tests.
 */
export function EpochMemory({ reports }: { reports: (MemoryReport & { epoch: number })[] }) {
  const t = useT();
  if (reports.length === 0) return null;
  return (
    <ol className="epoch-memory" aria-label={t('labUi.common.epochMemory')}>
      {reports.map((r, i) => (
        <li key={i} data-epoch={r.epoch} data-num-tensors={r.numTensors} data-gpu-bytes={r.gpuBytes}>
          {t('labUi.common.epochMemoryItem', {
            epoch: r.epoch,
            tensors: r.numTensors,
            mib: (r.gpuBytes / 2 ** 20).toFixed(1),
          })}
        </li>
      ))}
    </ol>
  );
}
