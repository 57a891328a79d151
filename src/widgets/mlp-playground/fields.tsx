import { useId } from 'react';

/**
 * A labelled drop-down of numbers. A value that is not among `options` (say, from a shared link)
 * is added, so the menu always shows what is in use.
 */
export function NumberSelect({
  label,
  value,
  options,
  onChange,
  format = String,
  disabled,
}: {
  label: string;
  value: number;
  options: readonly number[];
  onChange(value: number): void;
  format?: (value: number) => string;
  disabled?: boolean;
}) {
  const id = useId();
  const all = options.includes(value) ? options : [...options, value].sort((a, b) => a - b);
  return (
    <div className="mlp-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={String(value)} disabled={disabled} onChange={(e) => onChange(Number(e.target.value))}>
        {all.map((option) => (
          <option key={option} value={String(option)}>
            {format(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled drop-down of named string options. */
export function ChoiceSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string; disabled?: boolean }[];
  onChange(value: T): void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="mlp-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled slider with its value printed beside it. */
export function SliderField({
  label,
  value,
  min,
  max,
  step,
  onChange,
  format = String,
  disabled,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange(value: number): void;
  format?: (value: number) => string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="mlp-field">
      <label htmlFor={id}>{label}</label>
      <span className="mlp-slider">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={disabled}
          aria-valuetext={format(value)}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output htmlFor={id}>{format(value)}</output>
      </span>
    </div>
  );
}

/** "12 %" for 0.12. */
export const percent = (value: number) => `${Math.round(value * 100)} %`;
