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

/** Train / Pause / Resume / Step / Stop / Reset, enabled according to the lab's state. */
export function TrainControls({ state, onTrain, onPause, onResume, onStop, onReset, onStep }: TrainControlsProps) {
  const running = state === 'training';
  const paused = state === 'paused';
  const canStart = state === 'ready' || state === 'done' || state === 'idle';
  return (
    <div className="train-controls" role="group" aria-label="Training controls">
      {paused ? (
        <button type="button" onClick={onResume} className="primary">
          Resume
        </button>
      ) : running ? (
        <button type="button" onClick={onPause}>
          Pause
        </button>
      ) : (
        <button type="button" onClick={onTrain} disabled={!canStart} className="primary">
          Train
        </button>
      )}
      {onStep && (
        <button type="button" onClick={onStep} disabled={!(paused || canStart)}>
          Step
        </button>
      )}
      <button type="button" onClick={onStop} disabled={!(running || paused)}>
        Stop
      </button>
      <button type="button" onClick={onReset} disabled={state === 'loading'}>
        Reset
      </button>
    </div>
  );
}
