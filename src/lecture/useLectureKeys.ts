import { useEffect, useEffectEvent } from 'react';
import { actionForKey, type LectureAction } from './keymap';

/** Calls `onAction` for every key press the keymap knows (see ./keymap.ts), while mounted. */
export function useLectureKeys(view: 'audience' | 'presenter', onAction: (action: LectureAction) => void): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
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
