import type { MemoryReport } from '../../mnist-lab/protocol';

/**
 * Tensors and GPU memory at the end of every epoch: equal numbers mean nothing leaks (the
 * training loop runs each step in tf.tidy). Exact values are in data attributes for the tests.
 */
export function EpochMemory({ reports }: { reports: (MemoryReport & { epoch: number })[] }) {
  if (reports.length === 0) return null;
  return (
    <ol className="epoch-memory" aria-label="Memory at the end of each epoch">
      {reports.map((r, i) => (
        <li key={i} data-epoch={r.epoch} data-num-tensors={r.numTensors} data-gpu-bytes={r.gpuBytes}>
          Epoch {r.epoch}: {r.numTensors} tensors, {(r.gpuBytes / 2 ** 20).toFixed(1)} MiB on the GPU
        </li>
      ))}
    </ol>
  );
}
