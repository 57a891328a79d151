import { nextPreference, setThemePreference, useThemePreference } from './theme';

const LABEL = { auto: 'Auto', light: 'Light', dark: 'Dark' } as const;
const ICON = { auto: '◐', light: '☀', dark: '☾' } as const;

/** Cycles the colour theme: auto (follow the system) → light → dark. */
export function ThemeToggle() {
  const preference = useThemePreference();
  const next = nextPreference(preference);
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Theme: ${LABEL[preference]} (switch to ${LABEL[next]})`}
      title={`Theme: ${LABEL[preference]}`}
      onClick={() => setThemePreference(next)}
    >
      <span aria-hidden="true">{ICON[preference]}</span> {LABEL[preference]}
    </button>
  );
}
