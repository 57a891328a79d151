import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, vi } from 'vitest';

/**
 * Server-render → hydrate harness for the figure tests (jsdom environment). Importing it registers
 * an afterEach that unmounts every hydrated root and clears the document.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Server-renders `element`, hydrates it in jsdom, and returns the container plus any hydration complaints. */
export async function hydrate(element: ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.appendChild(container);
  const problems: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => problems.push(args));
  await act(async () => {
    roots.push(hydrateRoot(container, element, { onRecoverableError: (e) => problems.push(e) }));
  });
  return { container, problems };
}

/** The control labelled `text` (via <label for>) or carrying aria-label `text`. */
export function control<T extends HTMLElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  const el = label
    ? container.ownerDocument.getElementById(label.htmlFor)
    : container.querySelector(`[aria-label="${text}"]`);
  if (!el) throw new Error(`no control labelled ${text}`);
  return el as T;
}

/** Sets an input's, textarea's or select's value the way a user would, so React's onChange fires. */
export async function setValue(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  const proto =
    el instanceof HTMLSelectElement
      ? HTMLSelectElement.prototype
      : el instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** Clicks an element inside act(). */
export const click = (el: Element | null) =>
  act(async () => {
    (el as HTMLElement).click();
  });

/** The text of the element marked `data-value="name"`. */
export const value = (container: HTMLElement, name: string) =>
  container.querySelector(`[data-value="${name}"]`)?.textContent;
