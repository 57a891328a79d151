// @vitest-environment jsdom
import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttentionWeights } from '../../src/widgets/attention-weights/AttentionWeights';
import { BigramLanguageModel } from '../../src/widgets/bigram-model/BigramLanguageModel';
import { ConvolutionExplorer } from '../../src/widgets/convolution-explorer/ConvolutionExplorer';
import { ReceptiveField } from '../../src/widgets/receptive-field/ReceptiveField';
import { TokenizerDemo } from '../../src/widgets/tokenizer-demo/TokenizerDemo';
import { TransformerParams } from '../../src/widgets/transformer-params/TransformerParams';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

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

function control<T extends HTMLElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  const el = label
    ? container.ownerDocument.getElementById(label.htmlFor)
    : container.querySelector(`[aria-label="${text}"]`);
  if (!el) throw new Error(`no control labelled ${text}`);
  return el as T;
}

async function setValue(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
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

const click = (el: Element | null) =>
  act(async () => {
    (el as HTMLElement).click();
  });
const value = (container: HTMLElement, name: string) => container.querySelector(`[data-value="${name}"]`)?.textContent;

describe('the figures of chapters 6–8 hydrate without mismatches', () => {
  it.each([
    ['ConvolutionExplorer', <ConvolutionExplorer key="a" />],
    ['ReceptiveField', <ReceptiveField key="b" />],
    ['TokenizerDemo', <TokenizerDemo key="c" />],
    ['BigramLanguageModel', <BigramLanguageModel key="d" />],
    ['AttentionWeights', <AttentionWeights key="e" />],
    ['TransformerParams', <TransformerParams key="f" />],
  ])('%s', async (_name, element) => {
    const { problems } = await hydrate(element);
    expect(problems).toEqual([]);
  });
});

describe('and respond to the reader', () => {
  it('ConvolutionExplorer: picking a cell, toggling a pixel, changing stride', async () => {
    const { container } = await hydrate(<ConvolutionExplorer />);
    await click(container.querySelector('[aria-label^="Output row 1, column 4:"]'));
    expect(value(container, 'cell')).toBe('1');
    await click(container.querySelector('[aria-label^="Input pixel row 2, column 2:"]'));
    expect(value(container, 'cell')).toBe('1');
    // Pixel (2, 2) is now dark: output (1, 1) sees only the bright pixel to its right, −2·0 + 2·1.
    await click(container.querySelector('[aria-label^="Output row 1, column 1:"]'));
    expect(value(container, 'cell')).toBe('2');
    await click(container.querySelector('[aria-label^="Input pixel row 2, column 3:"]'));
    expect(value(container, 'cell')).toBe('0');
    await setValue(control(container, 'Stride s'), '2');
    expect(value(container, 'output-size')).toBe('⌊(7 + 2·0 − 3) / 2⌋ + 1 = 3');
  });

  it('TokenizerDemo: editing the sentence re-tokenizes it', async () => {
    const { container } = await hydrate(<TokenizerDemo />);
    await setValue(control(container, 'Sentence to tokenize'), 'The plot was dull.');
    expect(value(container, 'padded')).toBe('[2, 15, 3, 9, 4, 0, 0, 0, 0, 0, 0, 0]');
    expect(value(container, 'unknown-count')).toBe('0');
  });

  it('BigramLanguageModel: smoothing makes an impossible sentence possible', async () => {
    const { container } = await hydrate(<BigramLanguageModel text="Good was the movie." />);
    expect(value(container, 'perplexity')).toBe('∞');
    await setValue(control(container, 'Smoothing k'), '1');
    expect(value(container, 'perplexity')).toBe('19.35');
  });

  it('AttentionWeights: the causal mask empties the upper triangle', async () => {
    const { container } = await hydrate(<AttentionWeights />);
    expect(container.querySelectorAll('[data-weight="masked"]')).toHaveLength(0);
    await click(control(container, 'Causal mask'));
    expect(container.querySelectorAll('[data-weight="masked"]')).toHaveLength(15);
  });

  it('TransformerParams: the reader’s row follows L and d', async () => {
    const { container } = await hydrate(<TransformerParams />);
    await setValue(control(container, 'Layers L'), '12');
    await setValue(control(container, 'Width d'), '768');
    expect(value(container, 'total-custom')).toBe('124,439,808');
  });
});
