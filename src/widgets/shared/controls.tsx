import { useId, useState } from 'react';
import './worked.css';

/** A labelled slider with its current value printed beside it. */
export function RangeControl({
  label,
  value,
  min,
  max,
  step,
  onChange,
  format = String,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** How the value is printed next to the slider. */
  format?: (value: number) => string;
}) {
  const id = useId();
  return (
    <div className="worked-control">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={format(value)}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      <output htmlFor={id}>{format(value)}</output>
    </div>
  );
}

/** A labelled drop-down of named options. */
export function SelectControl<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="worked-control">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.currentTarget.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A compact number box for a table cell. It keeps what is typed (so "-" or "1." can be
 * typed on the way to a number) and reports only finite numbers. To reset it from outside,
 * change its React `key`.
 */
export function NumberField({
  label,
  value,
  step = 0.1,
  onChange,
}: {
  /** The accessible name, e.g. "Prediction for sample 3". */
  label: string;
  value: number;
  step?: number;
  onChange: (value: number) => void;
}) {
  const [text, setText] = useState(String(value));
  return (
    <input
      className="worked-number"
      type="number"
      inputMode="decimal"
      step={step}
      aria-label={label}
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const parsed = Number(next);
        if (next.trim() !== '' && Number.isFinite(parsed)) onChange(parsed);
      }}
    />
  );
}
