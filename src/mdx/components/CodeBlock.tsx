import { useRef, useState, type ComponentProps } from 'react';
import { useT } from '../../i18n';

/** A highlighted code block (Shiki ran at build time) with a copy button. */
export function CodeBlock(props: ComponentProps<'pre'>) {
  const ref = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);
  const t = useT();
  const copy = async () => {
    const text = ref.current?.innerText ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="code-block">
      <pre ref={ref} {...props} tabIndex={0} />
      <button type="button" className="copy-button" onClick={copy} aria-label={t('content.copyLabel')}>
        {copied ? t('content.copied') : t('content.copy')}
      </button>
    </div>
  );
}
