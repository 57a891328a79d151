import '../../i18n/figures/convolution';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  convOutputSize,
  convolve2d,
  inputNames,
  inputPresets,
  kernelNames,
  kernelPresets,
  pool2d,
  type Grid,
  type InputName,
  type KernelName,
} from '../../ml/worked/convolution';
import { SelectControl } from '../shared/controls';
import { formatValue, formatWeight, maxAbs, minus, paren, tint } from './cells';
import './convolution-explorer.css';

export interface ConvolutionExplorerProps {
  /** Starting input grid (default: a tiny 7). */
  input?: InputName;
  /** Starting kernel (default: the vertical Sobel edge detector). */
  kernel?: KernelName;
  /** Starting zero padding on each side (0, 1 or 2). */
  padding?: number;
  /** Starting stride (1, 2 or 3). */
  stride?: number;
}

type PoolChoice = 'none' | 'max' | 'average';

const numberOptions = (values: readonly number[]) => values.map((v) => ({ value: String(v), label: String(v) }));

/**
 * A 3×3 kernel slides over a small input. The reader picks input, kernel, padding and stride,
 * toggles input pixels, clicks an output cell and sees the nine products that make it, and
 * can max- or average-pool the result. Every number comes from src/ml/worked/convolution.ts.
 */
export function ConvolutionExplorer({
  input: initialInput = 'seven',
  kernel: initialKernel = 'vertical-edge',
  padding: initialPadding = 0,
  stride: initialStride = 1,
}: ConvolutionExplorerProps) {
  const tr = useT();
  const [inputName, setInputName] = useState<InputName>(initialInput);
  const [grid, setGrid] = useState<Grid>(inputPresets[initialInput].grid);
  const [kernelName, setKernelName] = useState<KernelName>(initialKernel);
  const [padding, setPadding] = useState(initialPadding);
  const [stride, setStride] = useState(initialStride);
  const [pool, setPool] = useState<PoolChoice>('none');
  const [picked, setPicked] = useState({ row: 0, col: 0 });

  const kernel = kernelPresets[kernelName].kernel;
  const n = grid.length;
  const k = kernel.length;
  const result = convolve2d(grid, kernel, { stride, padding });
  const outRows = result.output.length;
  const outCols = result.output[0].length;
  // A pick outside a smaller output (after a change of stride or padding) falls back to the last cell.
  const cell = result.cells[Math.min(picked.row, outRows - 1)][Math.min(picked.col, outCols - 1)];
  const inWindow = (r: number, c: number) => r >= cell.top && r < cell.top + k && c >= cell.left && c < cell.left + k;
  const scale = maxAbs(result.output);
  const pooled = pool !== 'none' && outRows >= 2 && outCols >= 2 ? pool2d(result.output, 2, 2, pool) : undefined;

  const sizeWork = `⌊(${n} + 2·${padding} − ${k}) / ${stride}⌋ + 1 = ${convOutputSize(n, k, padding, stride)}`;
  const sum = cell.terms.map((t) => `${paren(formatValue(t.input))}·${paren(formatWeight(t.weight))}`).join(' + ');

  return (
    <div className="worked conv-explorer" data-figure="convolution-explorer">
      <div className="worked-controls">
        <SelectControl
          label={tr('figures.convolution.input')}
          value={inputName}
          options={inputNames.map((name) => ({ value: name, label: tr(`figures.convolution.inputs.${name}`) }))}
          onChange={(name) => {
            setInputName(name);
            setGrid(inputPresets[name].grid);
          }}
        />
        <SelectControl
          label={tr('figures.convolution.kernel')}
          value={kernelName}
          options={kernelNames.map((name) => ({ value: name, label: tr(`figures.convolution.kernels.${name}`) }))}
          onChange={setKernelName}
        />
        <SelectControl
          label={tr('figures.convolution.padding')}
          value={String(padding)}
          options={numberOptions([0, 1, 2])}
          onChange={(v) => setPadding(Number(v))}
        />
        <SelectControl
          label={tr('figures.convolution.stride')}
          value={String(stride)}
          options={numberOptions([1, 2, 3])}
          onChange={(v) => setStride(Number(v))}
        />
        <SelectControl<PoolChoice>
          label={tr('figures.convolution.pool')}
          value={pool}
          options={[
            { value: 'none', label: tr('figures.convolution.noPooling') },
            { value: 'max', label: tr('figures.convolution.max') },
            { value: 'average', label: tr('figures.convolution.average') },
          ]}
          onChange={setPool}
        />
      </div>

      <div className="conv-panels">
        <section className="conv-panel" aria-label={tr('figures.convolution.inputGrid')}>
          <h4>
            {tr('figures.convolution.inputTitle', { n })}
            {padding > 0 ? tr('figures.convolution.paddedTo', { size: n + 2 * padding }) : ''}
          </h4>
          <div className="conv-grid" style={{ gridTemplateColumns: `repeat(${n + 2 * padding}, 1.9rem)` }}>
            {result.padded.map((row, r) =>
              row.map((x, c) => {
                const isPad = r < padding || r >= padding + n || c < padding || c >= padding + n;
                const className = `conv-cell${isPad ? ' conv-pad' : ''}${inWindow(r, c) ? ' conv-window' : ''}`;
                if (isPad) {
                  return (
                    <span key={`${r}-${c}`} className={className} aria-hidden="true">
                      0
                    </span>
                  );
                }
                const i = r - padding;
                const j = c - padding;
                return (
                  <button
                    key={`${r}-${c}`}
                    type="button"
                    className={className}
                    style={tint(x, 1)}
                    aria-label={tr('figures.convolution.pixelLabel', { row: i + 1, col: j + 1, value: formatValue(x) })}
                    onClick={() =>
                      setGrid(grid.map((gr, gi) => gr.map((v, gj) => (gi === i && gj === j ? (v ? 0 : 1) : v))))
                    }
                  >
                    {formatValue(x)}
                  </button>
                );
              }),
            )}
          </div>
          <p className="worked-note">{tr('figures.convolution.pixelHint')}</p>
        </section>

        <section className="conv-panel" aria-label={tr('figures.convolution.kernelWeights')}>
          <h4>{tr('figures.convolution.kernelTitle', { k })}</h4>
          <div className="conv-grid conv-kernel" style={{ gridTemplateColumns: `repeat(${k}, 2.6rem)` }}>
            {kernel.map((row, u) =>
              row.map((w, v) => (
                <span key={`${u}-${v}`} className="conv-cell" style={tint(w, maxAbs(kernel))}>
                  {minus(formatWeight(w))}
                </span>
              )),
            )}
          </div>
          <p className="worked-note">{tr(`figures.convolution.descriptions.${kernelName}`)}</p>
        </section>

        <section className="conv-panel" aria-label={tr('figures.convolution.outputGrid')}>
          <h4>{tr('figures.convolution.outputTitle', { rows: outRows, cols: outCols })}</h4>
          <div className="conv-grid" style={{ gridTemplateColumns: `repeat(${outCols}, 2.6rem)` }}>
            {result.cells.map((row) =>
              row.map((c) => {
                const selected = c === cell;
                return (
                  <button
                    key={`${c.row}-${c.col}`}
                    type="button"
                    className={`conv-cell${selected ? ' conv-selected' : ''}`}
                    style={tint(c.value, scale)}
                    aria-pressed={selected}
                    aria-label={tr('figures.convolution.outputLabel', {
                      row: c.row + 1,
                      col: c.col + 1,
                      value: minus(formatValue(c.value)),
                    })}
                    onClick={() => setPicked({ row: c.row, col: c.col })}
                  >
                    {minus(formatValue(c.value))}
                  </button>
                );
              }),
            )}
          </div>
          <p className="worked-note">{tr('figures.convolution.outputHint')}</p>
        </section>

        {pool !== 'none' && (
          <section className="conv-panel" aria-label={tr('figures.convolution.pooledGrid')}>
            <h4>
              {pooled
                ? tr(pool === 'max' ? 'figures.convolution.maxPooled' : 'figures.convolution.averagePooled', {
                    rows: pooled.output.length,
                    cols: pooled.output[0].length,
                  })
                : tr('figures.convolution.pooled')}
            </h4>
            {pooled ? (
              <div className="conv-grid" style={{ gridTemplateColumns: `repeat(${pooled.output[0].length}, 2.6rem)` }}>
                {pooled.output.map((row, r) =>
                  row.map((x, c) => (
                    <span key={`${r}-${c}`} className="conv-cell" style={tint(x, scale)}>
                      {minus(formatValue(x))}
                    </span>
                  )),
                )}
              </div>
            ) : (
              <p className="worked-note">{tr('figures.convolution.tooSmall')}</p>
            )}
          </section>
        )}
      </div>

      <dl className="conv-results" aria-live="polite">
        <dt>{tr('figures.convolution.outputSize')}</dt>
        <dd data-value="output-size">{sizeWork}</dd>
        <dt>{tr('figures.convolution.cell', { row: cell.row + 1, col: cell.col + 1 })}</dt>
        <dd>
          {sum} = <strong data-value="cell">{minus(formatValue(cell.value))}</strong>
          {cell.terms.some((t) => t.padding) ? tr('figures.convolution.paddingZeros') : ''}
        </dd>
      </dl>
    </div>
  );
}
