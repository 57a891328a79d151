import { useT } from '../i18n';
import { nextPreference, setThemePreference, useThemePreference } from './theme';

const ICON = { auto: '◐', light: '☀', dark: '☾' } as const;

/** Cycles the colour theme: auto (follow the system) → light → dark. */
export function ThemeToggle() {
  const preference = useThemePreference();
  const next = nextPreference(preference);
  const t = useT();
  const LABEL = { auto: t('theme.auto'), light: t('theme.light'), dark: t('theme.dark') };
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={t('theme.label', { current: LABEL[preference], next: LABEL[next] })}
      title={t('theme.title', { current: LABEL[preference] })}
      onClick={() => setThemePreference(next)}
    >
      <span aria-hidden="true">{ICON[preference]}</span> {LABEL[preference]}
    </button>
  );
}
