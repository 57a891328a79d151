/**
 * The deck as data: positions, moving between them, and the URLs that name them. Pure
 * functions (no React, no DOM), tested in Node (tests/lecture/positions.test.ts).
 *
 * A deck is the chapter's title slide (index 0, drawn from the front matter) followed by the
 * slides the compiler cut (`export const slides`, see src/mdx/plugins/slides.ts): content slide
 * `i` is deck slide `i + 1`. Indices are 0-based in code and in `data-slide-index`; the URL and
 * the on-screen counter are 1-based: `/lecture/<slug>/3` is deck index 2.
 */

/** Where the lecture is: a slide and how many of its steps are revealed (0 = none yet). */
export interface DeckPosition {
  slide: number;
  step: number;
}

/** Steps per deck slide (index 0 is the title slide, which has none). */
export type DeckShape = readonly number[];

/** The two views of a lecture, each its own route. */
export type DeckView = 'lecture' | 'presenter';

export const START: DeckPosition = { slide: 0, step: 0 };

export function deckShape(slides: readonly { steps: number }[]): DeckShape {
  return [0, ...slides.map((slide) => slide.steps)];
}

const clampInt = (value: number, max: number) => Math.min(Math.max(0, Math.floor(value)), Math.max(0, max));

/** The nearest valid position (slide and step inside the deck). */
export function clampPosition(position: DeckPosition, shape: DeckShape): DeckPosition {
  const slide = clampInt(position.slide, shape.length - 1);
  return { slide, step: clampInt(position.step, shape[slide] ?? 0) };
}

export const samePosition = (a: DeckPosition, b: DeckPosition) => a.slide === b.slide && a.step === b.step;

/** One step forward: the next reveal, else the next slide; undefined at the very end. */
export function nextPosition({ slide, step }: DeckPosition, shape: DeckShape): DeckPosition | undefined {
  if (step < (shape[slide] ?? 0)) return { slide, step: step + 1 };
  if (slide + 1 < shape.length) return { slide: slide + 1, step: 0 };
  return undefined;
}

/** One step back: hide the last reveal, else the previous slide fully revealed; undefined at the start. */
export function previousPosition({ slide, step }: DeckPosition, shape: DeckShape): DeckPosition | undefined {
  if (step > 0) return { slide, step: step - 1 };
  if (slide > 0) return { slide: slide - 1, step: shape[slide - 1] ?? 0 };
  return undefined;
}

/** The last position: the last slide with every step revealed. */
export function endPosition(shape: DeckShape): DeckPosition {
  const slide = Math.max(0, shape.length - 1);
  return { slide, step: shape[slide] ?? 0 };
}

/** Every position of a deck, in presenting order (the first is {@link START}). */
export function allPositions(shape: DeckShape): DeckPosition[] {
  return shape.flatMap((steps, slide) => Array.from({ length: steps + 1 }, (_, step) => ({ slide, step })));
}

/**
 * The path of a position (router base not included): `/lecture/<slug>` for the first slide,
 * `/lecture/<slug>/<n>` (n 1-based) and `/lecture/<slug>/<n>/<step>` once steps are revealed.
 */
export function deckPath(view: DeckView, slug: string, { slide, step }: DeckPosition): string {
  const root = `/${view}/${slug}`;
  if (slide === 0 && step === 0) return root;
  return step > 0 ? `${root}/${slide + 1}/${step}` : `${root}/${slide + 1}`;
}

/** Reads the position in a path made by {@link deckPath}; undefined when it is not such a path. */
export function parseDeckPath(path: string): { view: DeckView; slug: string; position: DeckPosition } | undefined {
  const match = /^\/(lecture|presenter)\/([^/?#]+)(?:\/(\d+))?(?:\/(\d+))?\/?$/.exec(path);
  if (!match) return undefined;
  const slide = match[3] === undefined ? 0 : Math.max(0, Number(match[3]) - 1);
  const step = match[4] === undefined ? 0 : Number(match[4]);
  return { view: match[1] as DeckView, slug: match[2], position: { slide, step } };
}
