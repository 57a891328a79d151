// @vitest-environment jsdom
import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FiniteDifferences } from '../../src/widgets/finite-differences/FiniteDifferences';
import { LossValue, MseValue, NetworkValue } from '../../src/widgets/worked-quotes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Server-renders `element`, hydrates it in jsdom, and returns the container plus any hydration complaints. */
async function hydrate(element: ReactElement) {
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

/** The control labelled `text` by a <label for>. */
function control<T extends HTMLElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  const el = label ? container.ownerDocument.getElementById(label.htmlFor) : null;
  if (!el) throw new Error(`no control labelled ${text}`);
  return el as T;
}

async function setValue(el: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

describe('chapters 2–3 figures hydrate without mismatches', () => {
  it.each([
    ['FiniteDifferences', <FiniteDifferences key="a" />],
    [
      'quoted numbers',
      <p key="b">
        <NetworkValue of="z1" i={3} trim /> <MseValue of="mse" decimals={3} /> <LossValue loss="bce" y={1} p={0.1} />
      </p>,
    ],
  ])('%s', async (_name, element) => {
    const { problems } = await hydrate(element);
    expect(problems).toEqual([]);
  });
});

describe('FiniteDifferences responds to its controls', () => {
  it('tanh at x = 0: the exact derivative is 1', async () => {
    const { container } = await hydrate(<FiniteDifferences />);
    await setValue(control(container, 'Function'), 'tanh');
    await setValue(control(container, 'Point x'), '0');
    expect(container.querySelector('[data-value="exact"]')?.textContent).toBe('1.0000000000');
    expect(container.querySelector('caption')?.textContent).toContain('tanh′(0.0)');
  });
});
