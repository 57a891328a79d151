import { useT } from '../../../i18n';

/** The states every lab root reports in `data-state` (DESIGN.md's test contract). */
export type LabState = 'idle' | 'loading' | 'ready' | 'training' | 'paused' | 'done' | 'error';

export interface TrainControlsProps {
  state: LabState;
  onTrain(): void;
  onPause(): void;
  onResume(): void;
  onStop(): void;
  onReset(): void;
  /** One batch while paused (or before training starts); omitted where a lab has no Step. */
  onStep?(): void;
}

/**
 * Train / Pause / Resume / Step / Stop / Reset, enabled according to the lab's state. The
 * English edition's names are the test contract (DESIGN.md); the Chinese edition shows 训练, 暂停, …
 */
export function TrainControls({ state, onTrain, onPause, onResume, onStop, onReset, onStep }: TrainControlsProps) {
  const t = useT();
  const running = state === 'training';
  const paused = state === 'paused';
  const canStart = state === 'ready' || state === 'done' || state === 'idle';
  return (
    <div className="train-controls" role="group" aria-label={t('lab.controls')}>
      {paused ? (
        <button type="button" onClick={onResume} className="primary">
          {t('lab.resume')}
        </button>
      ) : running ? (
        <button type="button" onClick={onPause}>
          {t('lab.pause')}
        </button>
      ) : (
        <button type="button" onClick={onTrain} disabled={!canStart} className="primary">
          {t('lab.train')}
        </button>
      )}
      {onStep && (
        <button type="button" onClick={onStep} disabled={!(paused || canStart)}>
          {t('lab.step')}
        </button>
      )}
      <button type="button" onClick={onStop} disabled={!(running || paused)}>
        {t('lab.stop')}
      </button>
      <button type="button" onClick={onReset} disabled={state === 'loading'}>
        {t('lab.reset')}
      </button>
    </div>
  );
}
