// @vitest-environment jsdom
/**
 * The MLP playground in the Chinese edition (jsdom: the playground reads the page's query string
 * when it starts). Rendered to a string, effects do not run: no worker, no canvas drawing.
 */
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { LangProvider, type Lang } from '../../src/i18n';
import MlpPlayground from '../../src/widgets/mlp-playground/MlpPlayground';
import { textOf } from './html';

// uPlot (the loss chart) asks for matchMedia when it is imported; jsdom has none.
vi.hoisted(() => {
  window.matchMedia ??= (query: string) =>
    ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList;
});

const render = (lang: Lang) => {
  const html = renderToString(
    <LangProvider value={lang}>
      <MlpPlayground />
    </LangProvider>,
  );
  const attributes = [...html.matchAll(/\b(?:aria-label|title)="([^"]*)"/g)].map((m) => m[1]);
  return `${textOf(html)} ${attributes.join(' ')}`;
};

/** Latin words that stay as they are in Chinese: names, units, code, column names, the weight notation w(x1 → out). */
const NAMES = new Set(
  'MLP XOR SGD Adam AdamW RMSprop ReLU tanh sigmoid dropout MSE CSV label webgl wasm cpu GPU CPU WebGL MiB WebAssembly JavaScript MNIST CNN out'.split(
    ' ',
  ),
);

describe('the MLP playground', () => {
  it('shows Chinese labels under /zh/ and no English words but names', () => {
    const text = render('zh');
    for (const label of [
      '数据',
      '数据集',
      '噪声',
      '网络',
      '激活函数',
      '损失',
      '优化器',
      '学习率',
      '单步模式',
      '后端与速度',
    ]) {
      expect(text).toContain(label);
    }
    for (const label of ['Dataset', 'Noise', 'Activation', 'Step mode', 'Learning rate', 'New weights']) {
      expect(text).not.toContain(label);
    }
    const english = [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])].filter((word) => !NAMES.has(word)).sort();
    expect(english).toEqual([]);
  });

  it('keeps the English labels in the English edition', () => {
    const text = render('en');
    for (const label of ['Dataset', 'Noise', 'Activation', 'Step mode', 'Learning rate', 'New weights']) {
      expect(text).toContain(label);
    }
  });

  it('links the shared experiment to the lab page of the same edition', () => {
    const href = (lang: Lang) =>
      /<p class="mlp-share"><a href="([^"?]*)\?/.exec(
        renderToString(
          <LangProvider value={lang}>
            <MlpPlayground />
          </LangProvider>,
        ),
      )?.[1];
    expect(href('zh')).toBe('/zh/labs/mlp');
    expect(href('en')).toBe('/labs/mlp');
  });
});
