import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReliabilityDiagram } from '../../src/widgets/threshold-explorer/ReliabilityDiagram';
import { ThresholdExplorer } from '../../src/widgets/threshold-explorer/ThresholdExplorer';
import { AucValue, CountMetric, EceValue, ThresholdValue } from '../../src/widgets/threshold-explorer/values';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('ThresholdExplorer (server render)', () => {
  const html = renderToString(<ThresholdExplorer />);
  const text = textOf(html);

  it('at 0.5: TP 5, FN 1, FP 2, TN 4 and the metrics computed by hand', () => {
    expect(['tp', 'fn', 'fp', 'tn'].map((k) => dataValue(html, k))).toEqual(['5', '1', '2', '4']);
    expect(dataValue(html, 'accuracy')).toBe('0.7500');
    expect(dataValue(html, 'precision')).toBe('0.7143');
    expect(dataValue(html, 'recall')).toBe('0.8333');
    expect(dataValue(html, 'f1')).toBe('0.7692');
    expect(dataValue(html, 'fpr')).toBe('0.3333');
    expect(text).toContain('(TP + TN)/n = 9/12 = 0.7500');
    expect(text).toContain('2TP/(2TP + FP + FN) = 10/13 = 0.7692');
  });

  it('shows AUC 0.7778 by the trapezoid rule and by the pair count (28 of 36)', () => {
    expect(dataValue(html, 'auc-trapezoid')).toBe('0.7778');
    expect(dataValue(html, 'auc-rank')).toBe('0.7778');
    expect(text).toContain('28 of the 6 × 6 = 36 positive–negative pairs');
  });

  it('draws the ROC curve, the chance diagonal and the operating point at (1/3, 5/6)', () => {
    expect([...html.matchAll(/class="line-plot-series"/g)]).toHaveLength(2);
    expect(html).toContain('false-positive rate 0.3333, true-positive rate 0.8333');
    expect(html).toMatch(/<circle[^>]*r="5"/);
  });

  it('marks every prediction right or wrong, also for screen readers', () => {
    expect([...html.matchAll(/class="num threshold-wrong"/g)]).toHaveLength(3);
    expect([...html.matchAll(/\(wrong\)/g)]).toHaveLength(3);
  });

  it('says precision is undefined when nothing is predicted positive', () => {
    const high = renderToString(<ThresholdExplorer threshold={1} />);
    expect(dataValue(high, 'precision')).toBe('undefined');
    expect(textOf(high)).toContain('nothing is predicted positive');
    expect(dataValue(high, 'recall')).toBe('0.0000');
  });

  it('is accessible: labelled slider and chart', () => {
    expect(html).toMatch(/<label for="[^"]+">Threshold<\/label>/);
    expect(accessibilityProblems(html)).toEqual([]);
  });
});

describe('ReliabilityDiagram (server render)', () => {
  const html = renderToString(<ReliabilityDiagram />);
  const text = textOf(html);

  it('has ECE 0.1375 and the five hand-computed bins', () => {
    expect(dataValue(html, 'ece')).toBe('0.1375');
    expect(text).toContain('[0.0, 0.2) 1 0.1000 0.0000 0.1000 0.0083');
    expect(text).toContain('[0.2, 0.4) 2 0.2500 0.5000 0.2500 0.0417');
    expect(text).toContain('[0.4, 0.6) 3 0.4667 0.3333 0.1333 0.0333');
    expect(text).toContain('[0.6, 0.8) 3 0.6667 0.6667 0.0000 0.0000');
    expect(text).toContain('[0.8, 1.0] 3 0.8833 0.6667 0.2167 0.0542');
  });

  it('is a labelled image', () => {
    expect(accessibilityProblems(html)).toEqual([]);
    expect(html).toContain('expected calibration error 0.1375');
  });
});

describe('inline metric values', () => {
  const t = (el: React.ReactElement) => textOf(renderToString(el)).trim();

  it('quotes the explorer’s numbers', () => {
    expect(t(<ThresholdValue threshold={0.5} stat="tp" />)).toBe('5');
    expect(t(<ThresholdValue threshold={0.5} stat="fp" />)).toBe('2');
    expect(t(<ThresholdValue threshold={0.5} stat="precision" />)).toBe('0.7143');
    expect(t(<ThresholdValue threshold={0.65} stat="precision" />)).toBe('0.8000');
    expect(t(<ThresholdValue threshold={0.65} stat="recall" />)).toBe('0.6667');
    expect(t(<ThresholdValue threshold={0.7} stat="f1" />)).toBe('0.6000');
    expect(t(<ThresholdValue threshold={0.7} stat="fn" />)).toBe('3');
    expect(t(<AucValue />)).toBe('0.7778');
    expect(t(<AucValue method="rank" />)).toBe('0.7778');
    expect(t(<AucValue method="pairs" />)).toBe('28 of 36');
    expect(t(<EceValue />)).toBe('0.1375');
  });

  it('computes the fraud exercise from its counts', () => {
    expect(t(<CountMetric tp={40} fp={60} fn={10} n={10000} stat="accuracy" percent />)).toBe('99.3%');
    expect(t(<CountMetric tp={0} fp={0} fn={50} n={10000} stat="accuracy" percent />)).toBe('99.5%');
    expect(t(<CountMetric tp={40} fp={60} fn={10} n={10000} stat="precision" />)).toBe('0.4000');
    expect(t(<CountMetric tp={40} fp={60} fn={10} n={10000} stat="f1" />)).toBe('0.5333');
    expect(t(<CountMetric tp={40} fp={60} fn={10} n={10000} stat="tn" />)).toBe('9,890');
  });
});
