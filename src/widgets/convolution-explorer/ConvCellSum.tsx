import '../../i18n/figures/convolution';
import { useT } from '../../i18n';
import { convolve2d, inputPresets, kernelPresets, type InputName, type KernelName } from '../../ml/worked/convolution';
import { formatValue, formatWeight, minus, paren } from './cells';

/**
 * Inline: one output cell of a preset convolution (1-based row and column, as the figure
 * labels them), written as its non-zero products and their sum: "1·8 + 1·(−1) = 7".
 */
export function ConvCellSum({
  input,
  kernel,
  row,
  col,
  padding = 0,
  stride = 1,
}: {
  input: InputName;
  kernel: KernelName;
  row: number;
  col: number;
  padding?: number;
  stride?: number;
}) {
  const tr = useT();
  const result = convolve2d(inputPresets[input].grid, kernelPresets[kernel].kernel, { padding, stride });
  const cell = result.cells[row - 1]?.[col - 1];
  if (!cell) throw new Error(`ConvCellSum: no output cell (${row}, ${col})`);
  const terms = cell.terms.filter((t) => t.product !== 0);
  const sum = terms.length
    ? terms.map((t) => `${paren(formatValue(t.input))}·${paren(formatWeight(t.weight))}`).join(' + ')
    : tr('figures.convolution.allZero');
  return (
    <span className="computed" data-value={String(cell.value)}>
      {`${sum} = ${minus(formatValue(cell.value))}`}
    </span>
  );
}
