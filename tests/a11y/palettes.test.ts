import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { divergingColor, NEGATIVE, POSITIVE } from '../../src/widgets/mlp-playground/draw';
import { RACER_STYLES } from '../../src/widgets/optimizer-race/racer-style';
import { dashGradient } from '../../src/widgets/shared/LinePlot';
import { SERIES, SERIES_HEX, type ThemeName } from '../../src/widgets/shared/palette';
import { ARM_COLORS, ARM_DASH } from '../../src/widgets/transfer-lab/SweepChart';
import {
  contrastRatio,
  deltaE2000,
  parseHex,
  perceivedDifference,
  simulate,
  toLab,
  type Rgb,
  type Vision,
} from './colour-vision';

/**
 * Colour-blind-safe palettes (issue #9). Every pair of colours that tells data apart in one chart
 * must stay at least MIN_DELTA_E apart (CIEDE2000) with normal vision and as simulated for
 * protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1.0, linear RGB), in
 * the light and the dark theme.
 *
 * Why 12: ΔE2000 ≈ 2.3 is a just-noticeable difference between two large patches side by side;
 * chart colours are thin lines, small markers and legend swatches seen apart, and Stone, Szafir
 * and Setlur (2014, "An engineering model for color difference as a function of size") found
 * that thin marks need several times the large-patch difference to be told apart reliably.
 * 12 ≈ 5 JNDs. Severity 1.0 is the worst case (dichromacy); anomalous trichromats see more.
 */
const MIN_DELTA_E = 12;
/** WCAG 1.4.11: graphical objects need 3:1 against what is next to them. */
const MIN_GRAPHIC_CONTRAST = 3;
const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
const THEMES: readonly ThemeName[] = ['light', 'dark'];

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** Custom properties of the first rule whose selector is exactly `selector` in a CSS file. */
function cssVariables(css: string, selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const block = new RegExp(`(?:^|\\n|\\})\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  if (!block) throw new Error(`no rule for ${selector}`);
  return Object.fromEntries([...block[1].matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}
const THEME_SELECTOR: Record<ThemeName, string> = { light: ':root', dark: ":root[data-theme='dark']" };
const themeCss = read('src/styles/theme.css');
const theme = (name: ThemeName) => cssVariables(themeCss, THEME_SELECTOR[name]);

interface Pair {
  a: string;
  b: string;
  vision: Vision;
  deltaE: number;
}
/** Every pair of `colours` under every vision, smallest difference first. */
function pairs(colours: Record<string, Rgb>): Pair[] {
  const names = Object.keys(colours);
  const out: Pair[] = [];
  names.forEach((a, i) =>
    names.slice(i + 1).forEach((b) => {
      for (const vision of VISIONS)
        out.push({ a, b, vision, deltaE: perceivedDifference(colours[a], colours[b], vision) });
    }),
  );
  return out.sort((x, y) => x.deltaE - y.deltaE);
}
const describePair = (p: Pair) => `${p.a} vs ${p.b} (${p.vision}): ΔE2000 ${p.deltaE.toFixed(1)}`;
/** The pairs closer than the threshold, for a readable failure. */
const tooClose = (colours: Record<string, Rgb>) =>
  pairs(colours)
    .filter((p) => p.deltaE < MIN_DELTA_E)
    .map(describePair);

/** `colour` mixed `share` into `base` in sRGB (what CSS color-mix(in srgb, …) does). */
const mix = (colour: Rgb, base: Rgb, share: number) =>
  colour.map((c, i) => c * share + base[i] * (1 - share)) as unknown as Rgb;

describe('colour arithmetic', () => {
  it('matches published reference values', () => {
    // Sharma, Wu and Dalal (2005), test pairs 1 and 17.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    // sRGB red in CIELAB (D65).
    const red = toLab([255, 0, 0]);
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(red[2]).toBeCloseTo(67.2, 1);
  });

  it('leaves greys alone and merges red with green for protanopes and deuteranopes', () => {
    for (const vision of VISIONS) {
      const grey = simulate([128, 128, 128], vision);
      grey.forEach((c) => expect(Math.abs(c - 128)).toBeLessThan(2));
    }
    const red: Rgb = [213, 94, 0];
    const green: Rgb = [0, 158, 115];
    expect(perceivedDifference(red, green, 'normal')).toBeGreaterThan(40);
    // The classic confusion: a red and a green of similar lightness come close for both.
    const [r, g] = [parseHex('#d62728'), parseHex('#2ca02c')];
    expect(perceivedDifference(r, g, 'deuteranopia')).toBeLessThan(perceivedDifference(r, g, 'normal') * 0.4);
    expect(perceivedDifference(r, g, 'protanopia')).toBeLessThan(perceivedDifference(r, g, 'normal') * 0.4);
  });
});

describe('colour-blind-safe palettes', () => {
  it('src/styles/palette.css defines the colours palette.ts names, in both themes', () => {
    const css = read('src/styles/palette.css');
    for (const name of THEMES) {
      const vars = cssVariables(css, THEME_SELECTOR[name]);
      const shown = SERIES.map((s) => vars[/^var\((--[\w-]+)\)$/.exec(s)?.[1] ?? '']?.toLowerCase());
      expect(shown, name).toEqual(SERIES_HEX[name]);
    }
  });

  describe.each(THEMES)('%s theme', (name) => {
    const series = Object.fromEntries(SERIES_HEX[name].map((hex, i) => [`series-${i + 1} ${hex}`, parseHex(hex)]));
    const t = theme(name);

    it(`keeps every two series colours at least ΔE2000 ${MIN_DELTA_E} apart for every kind of vision`, () => {
      const smallest = pairs(series)[0];
      console.info(`series colours, ${name} theme: smallest difference ${describePair(smallest)}`);
      expect(tooClose(series)).toEqual([]);
    });

    it('gives every series colour 3:1 contrast against the page and the lab panels', () => {
      for (const background of ['--bg', '--bg-soft']) {
        const low = SERIES_HEX[name]
          .map((hex) => ({ hex, ratio: contrastRatio(parseHex(hex), parseHex(t[background])) }))
          .filter((c) => c.ratio < MIN_GRAPHIC_CONTRAST)
          .map((c) => `${c.hex} on ${background} ${t[background]}: ${c.ratio.toFixed(2)}`);
        expect(low).toEqual([]);
      }
    });

    it('keeps accent, warning and the soft foreground apart (figures pair them as series)', () => {
      const tokens = Object.fromEntries(['--accent', '--warning', '--fg-soft'].map((v) => [v, parseHex(t[v])]));
      expect(tooClose(tokens)).toEqual([]);
    });

    it('keeps tinted backgrounds (contributions, confusion cells) apart and text on them readable', () => {
      const [bg, fg] = [parseHex(t['--bg']), parseHex(t['--fg'])];
      const [positive, negative] = [parseHex(SERIES_HEX[name][0]), parseHex(SERIES_HEX[name][3])];
      // Strongest tint: 45 % (ReviewBox, ConfusionMatrix); a weak one at 20 % must still differ.
      for (const share of [0.45, 0.2]) {
        const tints = { positive: mix(positive, bg, share), negative: mix(negative, bg, share) };
        expect(tooClose(tints), `tints at ${share * 100} %`).toEqual([]);
      }
      for (const tint of [mix(positive, bg, 0.45), mix(negative, bg, 0.45)])
        expect(contrastRatio(fg, tint)).toBeGreaterThanOrEqual(4.5);
    });
  });

  it('keeps the MLP playground’s two classes (and its decision boundary’s ends) apart', () => {
    const classes = { 'class 0 (orange)': NEGATIVE, 'class 1 (blue)': POSITIVE };
    expect(tooClose(classes)).toEqual([]);
    // Half-way towards each class, the background shading still tells the sides apart.
    const shading = { negative: divergingColor(-0.5), positive: divergingColor(0.5) };
    expect(tooClose(shading)).toEqual([]);
  });

  it('uses no theme colour that fails beside the others (tip, focus) as a chart colour', () => {
    const files: string[] = [];
    const walk = (dir: string) =>
      readdirSync(path.join(root, dir)).forEach((entry) => {
        const file = path.join(dir, entry);
        if (statSync(path.join(root, file)).isDirectory()) walk(file);
        else if (/\.(tsx?|css)$/.test(entry)) files.push(file);
      });
    walk('src/widgets');
    // A string colour in code, or a fill/stroke/background in CSS. (Text colours such as a
    // green "correct" are fine: they are not told apart from a neighbour by hue alone.)
    const chartUse =
      /(?:color: '|colour = [^;]*'|in srgb, \$\{[^}]*'|(?:fill|stroke|background):\s*)var\(--(?:tip|focus)\)/;
    const offenders = files.filter((file) => chartUse.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it('never leaves colour as the only cue where lines share a chart: racers and transfer arms differ by dash too', () => {
    const racers = Object.values(RACER_STYLES);
    expect(new Set(racers.map((r) => r.dash)).size).toBe(racers.length);
    expect(new Set(racers.map((r) => r.marker)).size).toBe(racers.length);
    expect(new Set(racers.map((r) => r.color)).size).toBe(racers.length);
    const arms = Object.keys(ARM_DASH) as (keyof typeof ARM_DASH)[];
    expect(new Set(arms.map((a) => String(ARM_DASH[a]))).size).toBe(arms.length);
    expect(new Set(arms.map((a) => ARM_COLORS[a])).size).toBe(arms.length);
    // The legend draws a dash pattern as a repeating gradient with the same lengths.
    expect(dashGradient('red', '10 3 2 3')).toBe(
      'repeating-linear-gradient(to right, red 0px 10px, transparent 10px 13px, red 13px 15px, transparent 15px 18px)',
    );
  });
});
