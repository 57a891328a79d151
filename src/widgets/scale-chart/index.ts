export { ScaleChart, type ScaleChartProps } from './ScaleChart';
export { defaultScaleEntries, entriesFor, scaleLayout, type ScaleEntry } from './layout';
