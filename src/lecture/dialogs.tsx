import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n';
import { KEYMAP } from './keymap';

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select, textarea, a[href], [tabindex="0"]';

/** Tab and Shift+Tab go round the dialog's own controls instead of leaving it (it is modal). */
function keepFocusInside(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (controls.length === 0) return;
  const [first, last] = [controls[0], controls[controls.length - 1]];
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const titleId = useId();
  // What had the focus before the dialog opened gets it back when the dialog closes.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  useEffect(() => () => (opener instanceof HTMLElement ? opener.focus({ preventScroll: true }) : undefined), [opener]);
  return (
    <div className="lecture-dialog-backdrop" onClick={onClose}>
      <div
        className="lecture-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={keepFocusInside}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

/** "?": every key of the lecture, listed from the keymap itself. */
export function HelpDialog({ view, onClose }: { view: 'audience' | 'presenter'; onClose: () => void }) {
  const bindings = KEYMAP.filter((binding) => view === 'audience' || binding.presenter);
  const t = useT();
  return (
    <Dialog title={t('lecture.help')} onClose={onClose}>
      <table className="lecture-keys">
        <tbody>
          {bindings.map((binding) => (
            <tr key={binding.action} data-action={binding.action}>
              <th scope="row">
                <kbd>{binding.label}</kbd>
              </th>
              <td>{t(`lecture.keys.${binding.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('lecture.swipe')}</p>
      <button type="button" onClick={onClose} autoFocus>
        {t('lecture.close')}
      </button>
    </Dialog>
  );
}

/** "G": asks for a slide number (1-based, as on the counter). */
export function GotoDialog({
  current,
  total,
  onGo,
  onClose,
}: {
  current: number;
  total: number;
  onGo: (slide: number) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState(String(current + 1));
  const inputId = useId();
  const t = useT();
  return (
    <Dialog title={t('lecture.gotoTitle')} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const number = Number(value);
          if (Number.isInteger(number) && number >= 1 && number <= total) onGo(number - 1);
        }}
      >
        <label htmlFor={inputId}>{t('lecture.gotoLabel', { total })}</label>{' '}
        <input
          id={inputId}
          type="number"
          min={1}
          max={total}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoFocus
        />{' '}
        <button type="submit">{t('lecture.go')}</button>{' '}
        <button type="button" onClick={onClose}>
          {t('lecture.cancel')}
        </button>
      </form>
    </Dialog>
  );
}
