import { describe, expect, it } from 'vitest';
import {
  clampPosition,
  deckPath,
  deckShape,
  endPosition,
  nextPosition,
  parseDeckPath,
  previousPosition,
} from '../../src/lecture/positions';

const shape = deckShape([{ steps: 2 }, { steps: 0 }, { steps: 1 }]); // title + 3 slides

describe('deck positions', () => {
  it('puts the title slide first, with no steps', () => {
    expect(shape).toEqual([0, 2, 0, 1]);
  });

  it('walks forward through every step, then stops', () => {
    const seen: string[] = [];
    let at: { slide: number; step: number } | undefined = { slide: 0, step: 0 };
    while (at) {
      seen.push(`${at.slide}.${at.step}`);
      at = nextPosition(at, shape);
    }
    expect(seen).toEqual(['0.0', '1.0', '1.1', '1.2', '2.0', '3.0', '3.1']);
  });

  it('walks back to the previous slide fully revealed, then stops', () => {
    expect(previousPosition({ slide: 2, step: 0 }, shape)).toEqual({ slide: 1, step: 2 });
    expect(previousPosition({ slide: 1, step: 1 }, shape)).toEqual({ slide: 1, step: 0 });
    expect(previousPosition({ slide: 0, step: 0 }, shape)).toBeUndefined();
    expect(endPosition(shape)).toEqual({ slide: 3, step: 1 });
  });

  it('clamps positions out of range', () => {
    expect(clampPosition({ slide: 99, step: 99 }, shape)).toEqual({ slide: 3, step: 1 });
    expect(clampPosition({ slide: -1, step: 5 }, shape)).toEqual({ slide: 0, step: 0 });
    expect(clampPosition({ slide: 1, step: 7 }, shape)).toEqual({ slide: 1, step: 2 });
  });

  it('writes and reads 1-based URLs', () => {
    expect(deckPath('lecture', 'x', { slide: 0, step: 0 })).toBe('/lecture/x');
    expect(deckPath('lecture', 'x', { slide: 2, step: 0 })).toBe('/lecture/x/3');
    expect(deckPath('presenter', 'x', { slide: 1, step: 2 })).toBe('/presenter/x/2/2');
    expect(parseDeckPath('/lecture/x/3')).toEqual({ view: 'lecture', slug: 'x', position: { slide: 2, step: 0 } });
    expect(parseDeckPath('/presenter/x/2/2/')).toEqual({
      view: 'presenter',
      slug: 'x',
      position: { slide: 1, step: 2 },
    });
    expect(parseDeckPath('/lecture/x')?.position).toEqual({ slide: 0, step: 0 });
    expect(parseDeckPath('/chapters/x')).toBeUndefined();
    expect(parseDeckPath('/lecture/x/abc')).toBeUndefined();
  });
});
