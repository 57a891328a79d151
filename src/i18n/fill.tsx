import { createElement, Fragment, type ReactNode } from 'react';

/**
 * Puts React nodes (numbers in `<strong>`, formulas, links) into a translated sentence at its
 * `[[name]]` markers, so each language keeps its own word order:
 * `fill(t('figures.serving.weightsLine'), { bytes: <strong>…</strong> })`. i18next leaves the
 * markers alone (its own `{{name}}` placeholders take strings). A marker without a node stays visible.
 */
export function fill(text: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return text
    .split(/\[\[(\w+)\]\]/)
    .map((part, i) =>
      i % 2 === 0 ? part : createElement(Fragment, { key: i }, part in nodes ? nodes[part] : `[[${part}]]`),
    )
    .filter((part) => part !== '');
}
