import type { RacerName } from '../../ml/optimizer-race/racers';
import { BLUE, GREEN, NEUTRAL, ORANGE, PURPLE, VERMILION } from '../shared/palette';

/**
 * How each racer is drawn. Colours are the shared series colours (src/widgets/shared/palette.ts:
 * Okabe–Ito hues tuned for colour-blind readers in both themes), and every racer also has its own
 * dash pattern and marker shape, so the trajectories can be told apart without colour.
 */
export interface RacerStyle {
  color: string;
  /** SVG stroke-dasharray ('' for a solid line). */
  dash: string;
  marker: 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';
  /** The marker and dash in words, for the legend's screen-reader text. */
  description: string;
}

export const RACER_STYLES: Readonly<Record<RacerName, RacerStyle>> = {
  sgd: { color: BLUE, dash: '', marker: 'circle', description: 'solid line, circle' },
  momentum: { color: ORANGE, dash: '8 3', marker: 'square', description: 'long dashes, square' },
  rmsprop: { color: GREEN, dash: '2 3', marker: 'triangle', description: 'dotted, triangle' },
  adam: { color: VERMILION, dash: '10 3 2 3', marker: 'diamond', description: 'dash-dot, diamond' },
  adamw: {
    color: PURPLE,
    dash: '4 2',
    marker: 'triangle-down',
    description: 'short dashes, downward triangle',
  },
  'adam-uncorrected': {
    color: NEUTRAL,
    dash: '14 3 2 3 2 3',
    marker: 'cross',
    description: 'dash-dot-dot, cross',
  },
};

/** SVG path data of a marker of radius `r` centred on (x, y). */
export function markerPath(marker: RacerStyle['marker'], x: number, y: number, r = 5): string {
  const f = (v: number) => Number(v.toFixed(2));
  switch (marker) {
    case 'circle':
      return `M${f(x - r)} ${f(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'square':
      return `M${f(x - r * 0.85)} ${f(y - r * 0.85)}h${f(1.7 * r)}v${f(1.7 * r)}h${f(-1.7 * r)}Z`;
    case 'triangle':
      return `M${f(x)} ${f(y - r * 1.1)}L${f(x + r)} ${f(y + r * 0.75)}L${f(x - r)} ${f(y + r * 0.75)}Z`;
    case 'triangle-down':
      return `M${f(x)} ${f(y + r * 1.1)}L${f(x + r)} ${f(y - r * 0.75)}L${f(x - r)} ${f(y - r * 0.75)}Z`;
    case 'diamond':
      return `M${f(x)} ${f(y - r * 1.2)}L${f(x + r)} ${f(y)}L${f(x)} ${f(y + r * 1.2)}L${f(x - r)} ${f(y)}Z`;
    case 'cross': {
      const a = r * 0.9;
      return `M${f(x - a)} ${f(y - a)}L${f(x + a)} ${f(y + a)}M${f(x + a)} ${f(y - a)}L${f(x - a)} ${f(y + a)}`;
    }
  }
}
