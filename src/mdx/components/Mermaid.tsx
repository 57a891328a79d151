import { useEffect, useRef, useState } from 'react';
import { useTheme } from '../../app/theme';
import { useT } from '../../i18n';
import { usePrinting } from '../../lib/print-mode';
import { renderMermaid } from '../mermaid-render';

/**
 * A Mermaid diagram, rendered when it scrolls into view and again when the theme changes.
 * Before that (and without JavaScript) the diagram's source is shown as text.
 */
export function Mermaid({ chart }: { chart: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const inView = useInView(ref);
  // Printing (and the whole-book print page) needs every diagram, seen or not.
  const printing = usePrinting();
  const visible = inView || printing;
  const [svg, setSvg] = useState<string>();
  const [error, setError] = useState<string>();
  const t = useT();

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    renderMermaid(chart, theme).then(
      (rendered) => !cancelled && (setSvg(rendered), setError(undefined)),
      (failure: unknown) => !cancelled && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      cancelled = true;
    };
  }, [chart, theme, visible]);

  const state = error ? 'error' : svg ? 'rendered' : 'pending';
  return (
    <div ref={ref} className="mermaid" data-mermaid={state}>
      {svg ? (
        <div className="mermaid-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      ) : (
        <pre className="mermaid-source">{chart}</pre>
      )}
      {error && <p role="alert">{t('content.diagramError', { error })}</p>}
    </div>
  );
}

function useInView(ref: React.RefObject<HTMLElement | null>): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || inView) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setInView(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, inView]);
  return inView;
}
