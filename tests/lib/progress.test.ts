import { describe, expect, it } from 'vitest';
import {
  doneInChapter,
  EMPTY_PROGRESS,
  exerciseKey,
  parseProgress,
  recordVisit,
  serializeProgress,
  setExerciseDone,
} from '../../src/lib/progress';

describe('reading progress (src/lib/progress.ts)', () => {
  it('round-trips through its stored form', () => {
    let progress = recordVisit(EMPTY_PROGRESS, 'losses');
    progress = recordVisit(progress, 'optimizers', 'adam', 'Adam');
    progress = setExerciseDone(progress, exerciseKey('losses', '3.2'), true);
    const restored = parseProgress(serializeProgress(progress));
    expect(restored).toEqual({
      visited: ['losses', 'optimizers'],
      done: ['losses/3.2'],
      last: { slug: 'optimizers', section: 'adam', sectionTitle: 'Adam' },
    });
  });

  it.each([
    ['nothing stored', null],
    ['an empty string', ''],
    ['broken JSON', '{"v":1,"visited":['],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['another version', '{"v":2,"visited":["losses"],"done":[]}'],
    ['no version', '{"visited":["losses"],"done":[]}'],
  ])('reads %s as empty progress', (_, raw) => {
    expect(parseProgress(raw)).toEqual({ visited: [], done: [] });
  });

  it('keeps the valid parts of a partly corrupt record and drops the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      visited: ['losses', 42, 'losses', '../etc', '<script>', 'cnn'],
      done: ['losses/3.1', 'losses', 7, 'cnn/6.2', 'x/'],
      last: { slug: 'cnn', section: 'pooling', sectionTitle: 12 },
    });
    expect(parseProgress(raw)).toEqual({
      visited: ['losses', 'cnn'],
      done: ['losses/3.1', 'cnn/6.2'],
      last: { slug: 'cnn', section: 'pooling' },
    });
    expect(parseProgress(JSON.stringify({ v: 1, visited: 'losses', done: {}, last: 'cnn' }))).toEqual({
      visited: [],
      done: [],
    });
    expect(parseProgress(JSON.stringify({ v: 1, visited: [], done: [], last: { slug: 'Bad Slug' } }))).toEqual({
      visited: [],
      done: [],
    });
  });

  it('records visits once, in order, and the last place read', () => {
    let progress = recordVisit(EMPTY_PROGRESS, 'losses', 'mse', 'Mean squared error');
    progress = recordVisit(progress, 'cnn');
    progress = recordVisit(progress, 'losses', 'cross-entropy', 'Cross-entropy');
    expect(progress.visited).toEqual(['losses', 'cnn']);
    expect(progress.last).toEqual({ slug: 'losses', section: 'cross-entropy', sectionTitle: 'Cross-entropy' });
    expect(recordVisit(progress, 'losses', 'cross-entropy', 'Cross-entropy')).toBe(progress); // unchanged: no write
    expect(recordVisit(progress, 'Not A Slug')).toBe(progress);
  });

  it('marks exercises done and not done, and counts them per chapter', () => {
    let progress = setExerciseDone(EMPTY_PROGRESS, 'losses/3.1', true);
    progress = setExerciseDone(progress, 'losses/3.4', true);
    progress = setExerciseDone(progress, 'cnn/6.1', true);
    expect(setExerciseDone(progress, 'losses/3.1', true)).toBe(progress);
    expect(doneInChapter(progress, 'losses')).toBe(2);
    expect(doneInChapter(progress, 'cnn')).toBe(1);
    expect(doneInChapter(progress, 'optimizers')).toBe(0);
    progress = setExerciseDone(progress, 'losses/3.1', false);
    expect(progress.done).toEqual(['losses/3.4', 'cnn/6.1']);
    expect(doneInChapter(progress, 'losses')).toBe(1);
    expect(setExerciseDone(progress, 'not a key', true)).toBe(progress);
  });
});
