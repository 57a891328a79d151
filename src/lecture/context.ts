import { createContext, useContext } from 'react';
import type { SlideInfo } from '../mdx/plugins/slides';
import type { LabSnapshot } from './sync';

/**
 * What a rendering of the deck is for:
 * - `audience`: every slide laid out, the current one shown (labs run here);
 * - `preview`: only slide `only`, at its own step (presenter window; labs are mirrored, never run);
 * - `notes`: only the speaker notes of slide `only`.
 */
export type DeckMode = 'audience' | 'preview' | 'notes';

export interface DeckRendering {
  /** Unique per rendering: scopes the generated step-reveal CSS. */
  id: string;
  mode: DeckMode;
  /** Deck index of the slide shown (and, in audience mode, the current one). */
  slide: number;
  step: number;
  /** Per deck slide: index 0 is the title slide. */
  slides: readonly SlideInfo[];
  /** Audience mode: all slides shown as a grid. */
  overview: boolean;
  /** Audience mode, overview: the user picked a slide. */
  onPick?: (slide: number) => void;
  /** Preview mode: the audience window's labs, mirrored. */
  labs?: readonly LabSnapshot[];
}

export const DeckContext = createContext<DeckRendering | null>(null);

export function useDeckRendering(): DeckRendering {
  const rendering = useContext(DeckContext);
  if (!rendering) throw new Error('Lecture components render inside <Deck>');
  return rendering;
}

/** The slide a component sits on, and whether it has been shown yet (labs start then). */
export interface SlidePlace {
  index: number;
  visited: boolean;
}

export const SlideContext = createContext<SlidePlace>({ index: 0, visited: false });

export const useSlidePlace = () => useContext(SlideContext);
