/**
 * Every key the lecture understands, as data: the handler looks actions up here and the "?"
 * dialog lists this table, so the two cannot disagree.
 */

export type LectureAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'goto'
  | 'overview'
  | 'fullscreen'
  | 'blank'
  | 'presenter'
  | 'laser'
  | 'draw'
  | 'clear'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'help'
  | 'escape';

export interface KeyBinding {
  action: LectureAction;
  /** `KeyboardEvent.key` values that trigger the action. */
  keys: readonly string[];
  /** How the keys are written in the help dialog. */
  label: string;
  description: string;
  /** False for actions that only make sense in the audience window. */
  presenter: boolean;
}

export const KEYMAP: readonly KeyBinding[] = [
  {
    action: 'next',
    keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown'],
    label: '→ ↓ Space PageDown',
    description: 'Next step or slide',
    presenter: true,
  },
  {
    action: 'previous',
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp'],
    label: '← ↑ PageUp',
    description: 'Previous step or slide',
    presenter: true,
  },
  { action: 'first', keys: ['Home'], label: 'Home', description: 'First slide', presenter: true },
  { action: 'last', keys: ['End'], label: 'End', description: 'Last slide', presenter: true },
  { action: 'goto', keys: ['g', 'G'], label: 'G', description: 'Go to a slide number', presenter: true },
  { action: 'overview', keys: ['o', 'O'], label: 'O', description: 'Overview of all slides', presenter: false },
  { action: 'fullscreen', keys: ['f', 'F'], label: 'F', description: 'Full screen on or off', presenter: true },
  { action: 'blank', keys: ['b', 'B', '.'], label: 'B  .', description: 'Blank the screen', presenter: true },
  { action: 'presenter', keys: ['s', 'S'], label: 'S', description: 'Open the presenter window', presenter: false },
  { action: 'laser', keys: ['l', 'L'], label: 'L', description: 'Laser pointer on or off', presenter: false },
  { action: 'draw', keys: ['d', 'D'], label: 'D', description: 'Draw on the slide on or off', presenter: false },
  { action: 'clear', keys: ['c', 'C'], label: 'C', description: 'Clear the drawing', presenter: false },
  { action: 'zoom-in', keys: ['+', '='], label: '+', description: 'Zoom in (at the pointer)', presenter: false },
  { action: 'zoom-out', keys: ['-', '_'], label: '−', description: 'Zoom out', presenter: false },
  { action: 'zoom-reset', keys: ['0'], label: '0', description: 'Reset the zoom', presenter: false },
  { action: 'help', keys: ['?'], label: '?', description: 'Show these keys', presenter: true },
  {
    action: 'escape',
    keys: ['Escape'],
    label: 'Esc',
    description: 'Close a dialog, the overview or a tool',
    presenter: true,
  },
];

/** Elements whose own keys must win: typing in a field, Space on a button, arrows on a slider. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return key !== 'Escape';
  if (key === ' ' || key === 'Enter') return target.closest('button, a, summary') !== null;
  return false;
}

/** The action a key press asks for, or undefined (modifier chords such as Ctrl+P are left alone). */
export function actionForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
  view: 'audience' | 'presenter' = 'audience',
): LectureAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || ownsKey(event.target, event.key)) return undefined;
  const binding = KEYMAP.find((b) => b.keys.includes(event.key));
  if (!binding || (view === 'presenter' && !binding.presenter)) return undefined;
  return binding.action;
}
