import type { Theme } from '../app/theme';

type MermaidApi = (typeof import('mermaid'))['default'];

let mermaidPromise: Promise<MermaidApi> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

function uiFont(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
}

/** Loads mermaid on first use only: pages without a diagram never download it. */
function loadMermaid(): Promise<MermaidApi> {
  mermaidPromise ??= import('mermaid').then((module) => module.default);
  return mermaidPromise;
}

/**
 * Renders one diagram to an SVG string. Renders run one at a time because mermaid's
 * configuration is global and each render re-initialises it for the theme.
 */
export function renderMermaid(chart: string, theme: Theme): Promise<string> {
  const job = queue.then(async () => {
    const mermaid = await loadMermaid();
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: theme === 'dark' ? 'dark' : 'default',
      // The page's UI stack (with CJK fallbacks, src/styles/i18n.css): Mermaid measures labels with it.
      fontFamily: uiFont(),
      themeVariables: { fontFamily: uiFont() },
    });
    counter += 1;
    const { svg } = await mermaid.render(`mermaid-diagram-${counter}`, chart);
    return svg;
  });
  queue = job.catch(() => undefined);
  return job;
}
