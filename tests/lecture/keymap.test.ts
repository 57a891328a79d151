import { describe, expect, it } from 'vitest';
import { KEYMAP, actionForKey } from '../../src/lecture/keymap';
import { parseEnvelope } from '../../src/lecture/sync';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) =>
  actionForKey({ key, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra });

describe('the keymap', () => {
  it('has every key the issue asks for', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map((k) => press(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => press(k))).toEqual(['previous', 'previous']);
    expect(['Home', 'End', 'g', 'o', 'f', 'b', '.', 's', 'l', 'd', 'c', '+', '-', '?'].map((k) => press(k))).toEqual([
      'first',
      'last',
      'goto',
      'overview',
      'fullscreen',
      'blank',
      'blank',
      'presenter',
      'laser',
      'draw',
      'clear',
      'zoom-in',
      'zoom-out',
      'help',
    ]);
  });

  it('binds each key once, and leaves modifier chords (Ctrl+P) alone', () => {
    const keys = KEYMAP.flatMap((binding) => binding.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(press('p', { ctrlKey: true })).toBeUndefined();
    expect(press('ArrowRight', { altKey: true })).toBeUndefined();
  });

  it('offers the presenter window only the keys that make sense there', () => {
    expect(actionForKey({ key: 'l', ctrlKey: false, metaKey: false, altKey: false, target: null }, 'presenter')).toBe(
      undefined,
    );
    expect(actionForKey({ key: 'b', ctrlKey: false, metaKey: false, altKey: false, target: null }, 'presenter')).toBe(
      'blank',
    );
  });
});

describe('sync messages', () => {
  it('accepts well-formed messages and rejects anything else', () => {
    expect(parseEnvelope({ role: 'audience', message: { kind: 'nav', slide: 2, step: 1 } })).toBeDefined();
    expect(parseEnvelope({ role: 'presenter', message: { kind: 'hello' } })).toBeDefined();
    expect(parseEnvelope({ role: 'audience', message: { kind: 'nav', slide: '2', step: 1 } })).toBeUndefined();
    expect(parseEnvelope({ role: 'other', message: { kind: 'hello' } })).toBeUndefined();
    expect(parseEnvelope('hello')).toBeUndefined();
  });
});
