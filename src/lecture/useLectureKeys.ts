import { useEffect, useEffectEvent } from 'react';
import { actionForKey, type LectureAction } from './keymap';

/** Calls `onAction` for every key press the keymap knows (see ./keymap.ts) and nothing else handled, while mounted. */
export function useLectureKeys(view: 'audience' | 'presenter', onAction: (action: LectureAction) => void): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    // A widget on the slide that used the key itself (arrow keys on the optimizer race's map) wins.
    if (event.defaultPrevented) return;
    const action = actionForKey(event, view);
    if (!action) return;
    event.preventDefault();
    onAction(action);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
