import { useId, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';

/**
 * The drawing pad's keyboard alternative: pick a digit and have it drawn on the pad with pen
 * strokes (./sample-digits.ts), then predicted like a drawing. Works without a pointer.
 */
export function SampleDigit({ onDraw, disabled }: { onDraw(digit: number): void; disabled?: boolean }) {
  const t = useT();
  const id = useId();
  const [digit, setDigit] = useState(3);
  return (
    <div className="sample-digit">
      <label htmlFor={id}>{t('labUi.mnist.sampleDigit')}</label>{' '}
      <select id={id} value={digit} onChange={(event) => setDigit(Number(event.target.value))}>
        {Array.from({ length: 10 }, (_, d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={() => onDraw(digit)} disabled={disabled}>
        {t('labUi.mnist.drawSample')}
      </button>
    </div>
  );
}
