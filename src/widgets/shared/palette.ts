/**
 * Every colour that tells data apart, in one place. Charts use these CSS variables (defined in
 * src/styles/palette.css for the light and the dark theme) instead of picking theme colours one
 * by one: the six series colours are Okabe–Ito hues tuned so that any two of them stay apart
 * for colour-blind readers (tests/a11y/palettes.test.ts simulates protanopia, deuteranopia and
 * tritanopia and measures ΔE2000). Where lines share a chart they should still differ by dash
 * or marker as well: colour is never the only cue.
 */

export type ThemeName = 'light' | 'dark';

/** The series colours in order: blue, orange (yellow on dark), bluish green, vermilion, reddish purple, neutral. */
export const SERIES = [
  'var(--series-1)',
  'var(--series-2)',
  'var(--series-3)',
  'var(--series-4)',
  'var(--series-5)',
  'var(--series-6)',
] as const;

/** The values behind {@link SERIES} per theme; src/styles/palette.css must say the same (the test checks). */
export const SERIES_HEX: Readonly<Record<ThemeName, readonly string[]>> = {
  light: ['#017be4', '#c47000', '#077659', '#a93501', '#9a6f93', '#1b1f24'],
  dark: ['#1a92ea', '#ffd91c', '#36d4a2', '#f87d41', '#ca97b7', '#e6e8eb'],
};

export const [BLUE, ORANGE, GREEN, VERMILION, PURPLE, NEUTRAL] = SERIES;

/** Training curves: training solid blue, validation (or test) dashed orange. */
export const TRAIN_COLOUR = BLUE;
export const VALIDATION_COLOUR = ORANGE;

/**
 * Signed quantities drawn as tinted backgrounds behind text (word contributions, confusion-matrix
 * cells): blue for "towards positive / correct", vermilion for "towards negative / wrong". Mixed
 * at most 45 % into the page colour, so text on top keeps 4.5:1 contrast in both themes.
 */
export const POSITIVE_COLOUR = BLUE;
export const NEGATIVE_COLOUR = VERMILION;
