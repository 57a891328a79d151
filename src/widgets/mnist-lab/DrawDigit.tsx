import { useCallback, useRef } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { preprocessDrawing } from '../../ml/data/draw-preprocess';
import type { Prediction } from './protocol';
import { sampleStrokes } from './sample-digits';
import { SampleDigit } from './SampleDigit';

const SIZE = 280;
const BRUSH = 20;

export interface DrawDigitProps {
  onDrawing(pixels: Float32Array): void;
  onClear(): void;
  prediction?: Prediction;
  disabled?: boolean;
}

/** Reads the canvas's ink (alpha channel) as 0–1 values. */
function readInk(canvas: HTMLCanvasElement): Float32Array {
  const context = canvas.getContext('2d');
  const ink = new Float32Array(SIZE * SIZE);
  if (!context) return ink;
  const { data } = context.getImageData(0, 0, SIZE, SIZE);
  for (let i = 0; i < ink.length; i++) ink[i] = data[i * 4 + 3] / 255;
  return ink;
}

/**
 * "Draw a digit": a canvas for mouse, touch and pen (Pointer Events). After each stroke (and
 * every few moves while drawing) the ink is preprocessed like MNIST and sent for a prediction.
 */
export function DrawDigit({ onDrawing, onClear, prediction, disabled }: DrawDigitProps) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const moves = useRef(0);

  const submit = useCallback(() => {
    if (canvas.current) onDrawing(preprocessDrawing(readInk(canvas.current), SIZE, SIZE));
  }, [onDrawing]);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) * SIZE) / rect.width,
      y: ((event.clientY - rect.top) * SIZE) / rect.height,
    };
  };

  const draw = (to: { x: number; y: number }) => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const from = last.current ?? to;
    context.strokeStyle = '#000';
    context.lineWidth = BRUSH;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
    context.stroke();
    last.current = to;
  };

  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, SIZE, SIZE);
    onClear();
  };

  /** The keyboard alternative: a sample digit drawn with the same pen, then predicted. */
  const drawSample = (digit: number) => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, SIZE, SIZE);
    for (const stroke of sampleStrokes(digit, SIZE)) {
      last.current = null;
      for (const [x, y] of stroke) draw({ x, y });
    }
    last.current = null;
    submit();
  };

  const best = prediction ? prediction.probabilities.indexOf(Math.max(...prediction.probabilities)) : undefined;

  return (
    <div className="draw-digit">
      <div className="draw-digit-pad">
        <canvas
          ref={canvas}
          width={SIZE}
          height={SIZE}
          aria-label={t('labUi.mnist.drawTitle')}
          role="img"
          className="draw-canvas"
          data-disabled={disabled || undefined}
          onPointerDown={(event) => {
            if (disabled) return;
            event.currentTarget.setPointerCapture(event.pointerId);
            last.current = null;
            draw(point(event));
          }}
          onPointerMove={(event) => {
            if (!last.current) return;
            draw(point(event));
            if (++moves.current % 8 === 0) submit();
          }}
          onPointerUp={() => {
            if (!last.current) return;
            last.current = null;
            submit();
          }}
        />
        <button type="button" onClick={clear}>
          {t('labUi.mnist.clear')}
        </button>
        <SampleDigit onDraw={drawSample} disabled={disabled} />
      </div>
      <div className="draw-digit-answer">
        <p>
          {t('labUi.mnist.prediction')} <strong data-metric="predicted-digit">{best ?? ''}</strong>
        </p>
        <ol className="probability-bars" aria-label={t('labUi.mnist.probabilities')}>
          {Array.from({ length: 10 }, (_, digit) => {
            const p = prediction?.probabilities[digit] ?? 0;
            return (
              <li key={digit} data-best={digit === best || undefined}>
                <span className="bar-label">{digit}</span>
                <span className="bar" style={{ width: `${Math.round(p * 100)}%` }} />
                <span className="bar-value">{(p * 100).toFixed(1)}%</span>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
