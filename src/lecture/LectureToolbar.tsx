import { Link } from 'wouter';
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
    <nav className="lecture-toolbar" aria-label="Lecture controls">
      {button('previous', 'Previous', '←')}
      <span className="lecture-counter" data-counter>
        {slide + 1} / {total}
        {steps > 0 && (
          <small>
            {' '}
            · {step}/{steps}
          </small>
        )}
      </span>
      {button('next', 'Next', '→')}
      {button('overview', 'Overview', '▦', overview)}
      {button('goto', 'Go to slide', '#')}
      {button('blank', 'Blank screen', '■', blank)}
      {button('laser', 'Laser pointer', '●', tool === 'laser')}
      {button('draw', 'Draw on slide', '✎', tool === 'draw')}
      {button('clear', 'Clear drawing', '⌫')}
      {button('presenter', 'Presenter window', '▭')}
      {button('fullscreen', 'Full screen', '⤢')}
      <button
        type="button"
        aria-label="Notes in print"
        title="Print the speaker notes under each slide"
        aria-pressed={props.printNotes}
        onClick={props.onPrintNotes}
      >
        <span aria-hidden="true">¶</span>
      </button>
      {button('help', 'Keyboard shortcuts', '?')}
      <Link
        href={`/chapters/${props.slug}`}
        className="lecture-exit"
        aria-label="Back to the chapter"
        title="Back to the chapter"
      >
        <span aria-hidden="true">✕</span>
      </Link>
    </nav>
  );
}
