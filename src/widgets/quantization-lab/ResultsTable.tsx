import type { QuantizationRow } from '../../ml/quantize';

const percent = (x: number) => (x * 100).toFixed(1);
const kilobytes = (bytes: number) => (bytes / 1000).toFixed(2);
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)}`;

function storageLabel(row: QuantizationRow): string {
  if (row.spec.bits === 32) return 'float32 (as trained)';
  return `int${row.spec.bits}, ${row.spec.granularity === 'per-tensor' ? 'one scale per tensor' : 'one scale per channel'}`;
}

/**
 * The before/after table: one row per way of storing the weights, with its size and its accuracy on
 * the test digits. Every value carries a data-metric named after the row, e.g. accuracy-int8-per-tensor.
 */
export function ResultsTable({
  rows,
  total,
  testCount,
}: {
  rows: QuantizationRow[];
  total: number;
  testCount: number;
}) {
  const float = rows.find((r) => r.spec.bits === 32);
  return (
    <table className="quantization-results">
      <caption>
        The same trained network stored {total} ways, each version tested on the same{' '}
        {testCount.toLocaleString('en-US')} test digits ({rows.length} of {total} measured)
      </caption>
      <thead>
        <tr>
          <th scope="col">Weights stored as</th>
          <th scope="col">Size</th>
          <th scope="col">Smaller by</th>
          <th scope="col">Test accuracy</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            <th scope="row">{storageLabel(row)}</th>
            <td title={`${row.bytes.toLocaleString('en-US')} bytes`}>
              <span data-metric={`size-${row.key}`}>{kilobytes(row.bytes)}</span> kB
            </td>
            <td>
              <span data-metric={`compression-${row.key}`}>{float ? (float.bytes / row.bytes).toFixed(2) : ''}</span>×
            </td>
            <td>
              <span data-metric={`accuracy-${row.key}`}>{percent(row.accuracy)}</span>%
            </td>
            <td>
              <span data-metric={`accuracy-change-${row.key}`}>
                {float ? signed(Math.round((row.accuracy - float.accuracy) * 1000) / 10) : ''}
              </span>{' '}
              points
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per quantised kernel: the largest rounding error of each version, next to its bound s/2. */
export function ErrorTable({ rows }: { rows: QuantizationRow[] }) {
  const quantized = rows.filter((r) => r.spec.bits !== 32);
  if (quantized.length === 0) return null;
  const kernels = quantized[0].report.filter((w) => w.quantized);
  return (
    <table className="quantization-errors">
      <caption>Rounding error per kernel: the largest, the bound s/2 (half the largest scale) and the mean</caption>
      <thead>
        <tr>
          <th scope="col">Kernel</th>
          {quantized.map((r) => (
            <th scope="col" key={r.key}>
              int{r.spec.bits}
              <br />
              {r.spec.granularity === 'per-tensor' ? 'per tensor' : 'per channel'}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {kernels.map((kernel) => (
          <tr key={kernel.name}>
            <th scope="row">
              {kernel.name} <span className="layer-type">[{kernel.shape.join('×')}]</span>
            </th>
            {quantized.map((r) => {
              const w = r.report.find((x) => x.name === kernel.name);
              return (
                <td key={r.key}>
                  {w ? w.maxError.toFixed(4) : ''} <small>≤ {w ? w.errorBound.toFixed(4) : ''}</small>
                  <br />
                  <small>mean {w ? w.meanError.toFixed(4) : ''}</small>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
