import type { TFunction } from 'i18next';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { QuantizationRow } from '../../ml/quantize';

const percent = (x: number) => (x * 100).toFixed(1);
const kilobytes = (bytes: number) => (bytes / 1000).toFixed(2);
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)}`;

function storageLabel(row: QuantizationRow, t: TFunction): string {
  if (row.spec.bits === 32) return t('labUi.quantization.float');
  return row.spec.granularity === 'per-tensor'
    ? t('labUi.quantization.perTensorScale', { bits: row.spec.bits })
    : t('labUi.quantization.perChannelScale', { bits: row.spec.bits });
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
  const t = useT();
  const float = rows.find((r) => r.spec.bits === 32);
  return (
    <table className="quantization-results">
      <caption>
        {t('labUi.quantization.caption', { total, count: testCount.toLocaleString('en-US'), done: rows.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('labUi.quantization.storedAs')}</th>
          <th scope="col">{t('labUi.quantization.size')}</th>
          <th scope="col">{t('labUi.quantization.smallerBy')}</th>
          <th scope="col">{t('labUi.common.testAccuracy')}</th>
          <th scope="col">{t('labUi.quantization.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            <th scope="row">{storageLabel(row, t)}</th>
            <td title={t('labUi.quantization.bytes', { n: row.bytes.toLocaleString('en-US') })}>
              <span data-metric={`size-${row.key}`}>{kilobytes(row.bytes)}</span>
              {t('labUi.quantization.kB')}
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
              </span>
              {t('labUi.quantization.points')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per quantised kernel: the largest rounding error of each version, next to its bound s/2. */
export function ErrorTable({ rows }: { rows: QuantizationRow[] }) {
  const t = useT();
  const quantized = rows.filter((r) => r.spec.bits !== 32);
  if (quantized.length === 0) return null;
  const kernels = quantized[0].report.filter((w) => w.quantized);
  return (
    <table className="quantization-errors">
      <caption>{t('labUi.quantization.errorCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('labUi.quantization.kernel')}</th>
          {quantized.map((r) => (
            <th scope="col" key={r.key}>
              int{r.spec.bits}
              <br />
              {r.spec.granularity === 'per-tensor'
                ? t('labUi.quantization.perTensor')
                : t('labUi.quantization.perChannel')}
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
                  <small>{t('labUi.quantization.mean', { value: w ? w.meanError.toFixed(4) : '' })}</small>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
