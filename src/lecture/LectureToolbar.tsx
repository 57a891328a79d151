import { Link } from 'wouter';
import { useT } from '../i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import type { LectureAction } from './keymap';
import type { Tool } from './Stage';

interface ToolbarProps {
  slug: string;
  slide: number;
  total: number;
  step: number;
  steps: number;
  overview: boolean;
  blank: boolean;
  tool: Tool;
  printNotes: boolean;
  onAction: (action: LectureAction) => void;
  onPrintNotes: () => void;
}

/**
 * The audience window's buttons (every key has one, for mouse and touch users). Hidden while
 * the pointer rests; shown on movement and while it holds the focus.
 */
export function LectureToolbar(props: ToolbarProps) {
  const { slide, total, step, steps, overview, blank, tool, onAction } = props;
  const t = useT();
  const button = (action: LectureAction, label: string, icon: string, pressed?: boolean) => (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      onClick={() => onAction(action)}
      data-action={action}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
  return (
    <nav className="lecture-toolbar" aria-label={t('lecture.toolbar')}>
      {button('previous', t('lecture.previous'), '←')}
      <span className="lecture-counter" data-counter>
        {slide + 1} / {total}
        {steps > 0 && (
          <small>
            {' '}
            · {step}/{steps}
          </small>
        )}
      </span>
      {button('next', t('lecture.next'), '→')}
      {button('overview', t('lecture.overview'), '▦', overview)}
      {button('goto', t('lecture.goto'), '#')}
      {button('blank', t('lecture.blank'), '■', blank)}
      {button('laser', t('lecture.laser'), '●', tool === 'laser')}
      {button('draw', t('lecture.draw'), '✎', tool === 'draw')}
      {button('clear', t('lecture.clear'), '⌫')}
      {button('presenter', t('lecture.presenter'), '▭')}
      {button('fullscreen', t('lecture.fullscreen'), '⤢')}
      <button
        type="button"
        aria-label={t('lecture.printNotes')}
        title={t('lecture.printNotesTitle')}
        aria-pressed={props.printNotes}
        onClick={props.onPrintNotes}
      >
        <span aria-hidden="true">¶</span>
      </button>
      {button('help', t('lecture.help'), '?')}
      <LanguageSwitch className="lecture-language" />
      <Link
        href={`/chapters/${props.slug}`}
        className="lecture-exit"
        aria-label={t('lecture.exit')}
        title={t('lecture.exit')}
      >
        <span aria-hidden="true">✕</span>
      </Link>
    </nav>
  );
}
