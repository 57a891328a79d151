import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { paramCount, scaleChartModelIds } from '../../src/ml/models/param-counts';
import { ScaleChart } from '../../src/widgets/scale-chart';
import { GEOMETRY, defaultScaleEntries, scaleLayout, tickLabel } from '../../src/widgets/scale-chart/layout';

const html = renderToString(<ScaleChart />);

/** Attribute values of every element matching `selector` (a crude regex: fine for our own markup). */
const attributeValues = (source: string, tag: string, attribute: string) =>
  [...source.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attribute}="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('ScaleChart (server render)', () => {
  it('is an accessible image with a label that names the range', () => {
    expect(html).toMatch(/<svg[^>]*role="img"/);
    const label = /<svg[^>]*aria-label="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(label).toContain('logarithmic');
    expect(label).toContain('5,994 (Small MNIST CNN)');
    expect(label).toContain('175 billion (GPT-3)');
  });

  it('has a data table with the same rows, values and order as the bars', () => {
    const table = /<table[\s\S]*<\/table>/.exec(html)?.[0] ?? '';
    const rowNames = [...table.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(rowNames).toEqual([
      'Small MNIST CNN',
      'MNIST CNN',
      'MNIST MLP',
      'Sentiment classifier',
      'BERT-base',
      'BERT-large',
      'GPT-2',
      'GPT-3',
    ]);
    const values = [...table.matchAll(/<td data-value="(\d+)">([^<]*)<\/td>/g)].map((m) => [Number(m[1]), m[2]]);
    expect(values).toEqual([
      [5994, '5,994'],
      [93322, '93,322'],
      [101770, '101,770'],
      [160433, '160,433'],
      [110e6, '110,000,000'],
      [340e6, '340,000,000'],
      [1.5e9, '1,500,000,000'],
      [175e9, '175,000,000,000'],
    ]);
    expect(values.map(([v]) => v)).toEqual(scaleChartModelIds.map(paramCount));
    expect(table).toContain('computed by this book');
    expect(table).toContain('reported by its authors');
    const bars = attributeValues(html, 'g', 'data-model').filter((_, i, all) => all.indexOf(_) === i);
    expect(bars).toEqual([...scaleChartModelIds]);
  });

  it('draws bars whose lengths are proportional to log10 of the count', () => {
    const widths = attributeValues(html, 'rect', 'width').map(Number);
    expect(widths).toHaveLength(8);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThan(widths[i - 1]);
    const perDecade = (GEOMETRY.plotRight - GEOMETRY.plotLeft) / 9; // axis 10^3 … 10^12
    scaleChartModelIds.forEach((id, i) => {
      expect(widths[i]).toBeCloseTo((Math.log10(paramCount(id)) - 3) * perDecade, 6);
    });
    // Equal ratios are equal distances anywhere on the axis: differences of bar lengths are logs of count ratios.
    const diff = (a: number, b: number) => widths[b] - widths[a];
    expect(diff(4, 5) / diff(6, 7)).toBeCloseTo(Math.log10(340 / 110) / Math.log10(175 / 1.5), 6);
  });

  it('labels the bars: exact counts for the book models, short ones for the large models', () => {
    for (const text of ['5,994', '93,322', '101,770', '160,433', '110M', '340M', '1.5B', '175B']) {
      expect(html).toContain(`>${text}</text>`);
    }
  });

  it('has ten decade ticks from 1k to 1T', () => {
    const ticks = [...html.matchAll(/<g data-exponent="(\d+)">/g)].map((m) => Number(m[1]));
    expect(ticks).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ticks.map(tickLabel)).toEqual(['1k', '10k', '100k', '1M', '10M', '100M', '1B', '10B', '100B', '1T']);
  });

  it('colours come from theme variables, not hard-coded colours', () => {
    expect(html).not.toMatch(/fill="#|stroke="#|style="/);
    expect(html).toContain('scale-chart-book');
    expect(html).toContain('scale-chart-published');
  });

  it('renders identically every time (safe to hydrate): no generated ids', () => {
    expect(renderToString(<ScaleChart />)).toBe(html);
    expect(html).not.toMatch(/\bid="/);
  });
});

describe('scaleLayout', () => {
  it('puts a count of 10^k exactly on tick k and clamps values outside the axis', () => {
    const entries = [
      { id: 'a', name: 'A', params: 1e3, group: 'book' as const },
      { id: 'b', name: 'B', params: 1e6, group: 'published' as const },
      { id: 'c', name: 'C', params: 10, group: 'book' as const },
      { id: 'd', name: 'D', params: 1e15, group: 'book' as const },
    ];
    const layout = scaleLayout(entries, 3, 9);
    const tickX = (e: number) => layout.ticks.find((t) => t.exponent === e)!.x;
    expect(layout.bars[0].width).toBe(0);
    expect(GEOMETRY.plotLeft + layout.bars[1].width).toBeCloseTo(tickX(6), 9);
    expect(layout.bars[2].width).toBe(0);
    expect(GEOMETRY.plotLeft + layout.bars[3].width).toBeCloseTo(tickX(9), 9);
    expect(layout.bars.map((b) => b.y)).toEqual([...layout.bars.map((b) => b.y)].sort((a, b) => a - b));
    expect(() => scaleLayout(entries, 5, 5)).toThrow();
  });

  it('defaults to the book models and BERT, GPT-2, GPT-3', () => {
    expect(defaultScaleEntries().map((e) => [e.id, e.group])).toEqual([
      ['small-cnn', 'book'],
      ['seed-cnn', 'book'],
      ['mnist-mlp', 'book'],
      ['sentiment', 'book'],
      ['bert-base', 'published'],
      ['bert-large', 'published'],
      ['gpt-2', 'published'],
      ['gpt-3', 'published'],
    ]);
  });
});
