import { useState } from 'react';
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
          label="Input"
          value={inputName}
          options={inputNames.map((name) => ({ value: name, label: inputPresets[name].label }))}
          onChange={(name) => {
            setInputName(name);
            setGrid(inputPresets[name].grid);
          }}
        />
        <SelectControl
          label="Kernel"
          value={kernelName}
          options={kernelNames.map((name) => ({ value: name, label: kernelPresets[name].label }))}
          onChange={setKernelName}
        />
        <SelectControl
          label="Padding p"
          value={String(padding)}
          options={numberOptions([0, 1, 2])}
          onChange={(v) => setPadding(Number(v))}
        />
        <SelectControl
          label="Stride s"
          value={String(stride)}
          options={numberOptions([1, 2, 3])}
          onChange={(v) => setStride(Number(v))}
        />
        <SelectControl<PoolChoice>
          label="Then pool 2×2"
          value={pool}
          options={[
            { value: 'none', label: 'no pooling' },
            { value: 'max', label: 'max' },
            { value: 'average', label: 'average' },
          ]}
          onChange={setPool}
        />
      </div>

      <div className="conv-panels">
        <section className="conv-panel" aria-label="Input grid">
          <h4>
            Input {n}×{n}
            {padding > 0 ? `, padded to ${n + 2 * padding}×${n + 2 * padding}` : ''}
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
                    aria-label={`Input pixel row ${i + 1}, column ${j + 1}: ${formatValue(x)}. Toggle`}
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
          <p className="worked-note">Click a pixel to switch it between 0 and 1.</p>
        </section>

        <section className="conv-panel" aria-label="Kernel weights">
          <h4>
            Kernel {k}×{k}
          </h4>
          <div className="conv-grid conv-kernel" style={{ gridTemplateColumns: `repeat(${k}, 2.6rem)` }}>
            {kernel.map((row, u) =>
              row.map((w, v) => (
                <span key={`${u}-${v}`} className="conv-cell" style={tint(w, maxAbs(kernel))}>
                  {minus(formatWeight(w))}
                </span>
              )),
            )}
          </div>
          <p className="worked-note">{kernelPresets[kernelName].description}</p>
        </section>

        <section className="conv-panel" aria-label="Output grid">
          <h4>
            Output {outRows}×{outCols}
          </h4>
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
                    aria-label={`Output row ${c.row + 1}, column ${c.col + 1}: ${minus(formatValue(c.value))}`}
                    onClick={() => setPicked({ row: c.row, col: c.col })}
                  >
                    {minus(formatValue(c.value))}
                  </button>
                );
              }),
            )}
          </div>
          <p className="worked-note">Click an output cell to see its sum.</p>
        </section>

        {pool !== 'none' && (
          <section className="conv-panel" aria-label="Pooled grid">
            <h4>
              {pooled
                ? `${pool === 'max' ? 'Max' : 'Average'}-pooled ${pooled.output.length}×${pooled.output[0].length}`
                : 'Pooled'}
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
              <p className="worked-note">The output is smaller than the 2×2 window.</p>
            )}
          </section>
        )}
      </div>

      <dl className="conv-results" aria-live="polite">
        <dt>Output size</dt>
        <dd data-value="output-size">{sizeWork}</dd>
        <dt>
          Cell ({cell.row + 1}, {cell.col + 1})
        </dt>
        <dd>
          {sum} = <strong data-value="cell">{minus(formatValue(cell.value))}</strong>
          {cell.terms.some((t) => t.padding) ? ' (some inputs are padding zeros)' : ''}
        </dd>
      </dl>
    </div>
  );
}
