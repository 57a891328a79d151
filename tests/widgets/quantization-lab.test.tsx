/** The quantisation lab's view reducer and its tables, rendered on the server (no TF.js). */
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { quantizeModelWeights, QUANTIZATION_SPECS, specKey, type QuantizationRow } from '../../src/ml/quantize';
import { ErrorTable, ResultsTable } from '../../src/widgets/quantization-lab/ResultsTable';
import { initialView, reduce } from '../../src/widgets/quantization-lab/state';
import { randomFloats } from '../helpers/ml';
import { accessibilityProblems, textOf } from './html';

const weights = [
  { name: 'conv1/kernel', shape: [5, 5, 1, 8], values: randomFloats(200, 1) },
  { name: 'conv1/bias', shape: [8], values: randomFloats(8, 2) },
];
const accuracies = [0.943, 0.943, 0.944, 0.936, 0.937, 0.639, 0.83];
const rows: QuantizationRow[] = QUANTIZATION_SPECS.map((spec, i) => {
  const q = quantizeModelWeights(weights, spec);
  return { key: specKey(spec), spec, bytes: q.bytes, accuracy: accuracies[i], loss: 0, report: q.report };
});

const metric = (html: string, name: string) =>
  new RegExp(`data-metric="${name}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? 'missing';

describe('the results table', () => {
  const html = renderToString(<ResultsTable rows={rows} total={7} testCount={1000} />);

  it('shows size, compression, accuracy and change for every version under stable data-metric names', () => {
    expect(metric(html, 'size-float32')).toBe('0.83'); // 208 floats × 4 bytes = 832 bytes
    expect(metric(html, 'size-int8-per-tensor')).toBe('0.24'); // 200 + 4 + 32
    expect(metric(html, 'size-int8-per-channel')).toBe('0.26'); // 200 + 32 + 32
    expect(metric(html, 'compression-int8-per-tensor')).toBe('3.53');
    expect(metric(html, 'accuracy-float32')).toBe('94.3');
    expect(metric(html, 'accuracy-int2-per-tensor')).toBe('63.9');
    expect(metric(html, 'accuracy-change-float32')).toBe('±0.0');
    expect(metric(html, 'accuracy-change-int8-per-channel')).toBe('+0.1');
    expect(metric(html, 'accuracy-change-int2-per-tensor')).toBe('−30.4');
    expect(textOf(html)).toContain('each version tested on the same 1,000 test digits (7 of 7 measured)');
  });

  it('lists each kernel’s largest error under its bound, and nothing for biases', () => {
    const errors = renderToString(<ErrorTable rows={rows} />);
    expect(errors).toContain('conv1/kernel');
    expect(errors).not.toContain('conv1/bias');
    expect(errors.match(/<td>/g)).toHaveLength(6);
    for (const r of rows.slice(1)) {
      const w = r.report[0];
      expect(w.maxError).toBeLessThanOrEqual(w.errorBound + 1e-7);
      expect(textOf(errors)).toContain(`${w.maxError.toFixed(4)} ≤ ${w.errorBound.toFixed(4)}`);
    }
    expect(accessibilityProblems(html + errors)).toEqual([]);
  });
});

describe('the lab view', () => {
  it('starts loading, becomes ready, collects rows, and starts over on a new model', () => {
    let view = reduce(initialView, { type: 'ready', params: 5994, counts: { train: 8000, test: 1000 } });
    expect(view.state).toBe('ready');
    view = reduce(view, {
      type: 'many',
      messages: [
        { type: 'state', state: 'training' },
        { type: 'evaluating', total: 7 },
        { type: 'row', row: rows[0] },
        { type: 'row', row: rows[1] },
        { type: 'state', state: 'done' },
      ],
    });
    expect(view.state).toBe('done');
    expect(view.rows.map((r) => r.key)).toEqual(['float32', 'int8-per-tensor']);
    view = reduce(view, { type: 'error', message: 'oops' });
    expect(view.state).toBe('done');
    expect(view.error).toBe('oops');
    view = reduce(view, { type: 'ready', params: 5994, counts: { train: 8000, test: 1000 } });
    expect(view.rows).toEqual([]);
    expect(view.error).toBeUndefined();
    expect(reduce(initialView, { type: 'error', message: 'no data' }).state).toBe('error');
  });
});
