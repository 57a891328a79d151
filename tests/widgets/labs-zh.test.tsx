/**
 * The labs in the Chinese edition: rendered on the server (no TF.js, no worker: effects do not run)
 * inside the `/zh/` edition's LangProvider, their labels are Chinese and no English label is left;
 * the English edition still shows the English names the browser tests look for.
 */
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LangProvider, tFor, type Lang } from '../../src/i18n';
import DiagnosticsLab from '../../src/widgets/diagnostics/DiagnosticsLab';
import MnistLab from '../../src/widgets/mnist-lab/MnistLab';
import OptimizerRaceLab from '../../src/widgets/optimizer-race/OptimizerRaceLab';
import QuantizationLab from '../../src/widgets/quantization-lab/QuantizationLab';
import SentimentLab from '../../src/widgets/sentiment-lab/SentimentLab';
import { noticeText, type LabNotice } from '../../src/widgets/shared/worker/notice';
import TransferLab from '../../src/widgets/transfer-lab/TransferLab';
import { textOf } from './html';

const render = (Lab: ComponentType, lang: Lang) =>
  renderToString(
    <LangProvider value={lang}>
      <Lab />
    </LangProvider>,
  );

/** Visible text plus the attributes a reader hears or sees (aria-label, title, placeholder, alt). */
function readable(rendered: string): string {
  // The sample review and word are data for an English model (IMDB), not interface text.
  const html = rendered.replace(/<textarea[\s\S]*?<\/textarea>/g, '').replace(/\bvalue="[^"]*"/g, '');
  const attributes = [...html.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
  return `${textOf(html)} ${attributes.join(' ')}`;
}

/** Latin words that stay as they are in Chinese: names, units, code. */
const NAMES = new Set(
  'MNIST CNN MLP Dense IMDB Maas et al WebGL GPU CPU TF js SGD Adam AdamW RMSprop Momentum ReLU tanh sigmoid LoRA MiB kB ROC AUC PCA CSV UTF neg pos negative positive int float GFLOP ms Rosenbrock Beale webgl wasm cpu'.split(
    ' ',
  ),
);
const englishWords = (text: string) =>
  [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])].filter((word) => !NAMES.has(word)).sort();

const LABS: [string, ComponentType, string[], string[]][] = [
  // [name, component, Chinese labels expected, English labels expected in the English edition]
  [
    'mnist',
    MnistLab,
    ['设置', '模型', '优化器', '学习率', '学习率调度', '批大小', '轮数', '训练损失', '写一个数字'],
    [
      'Settings',
      'Model',
      'Optimizer',
      'Learning rate',
      'Schedule',
      'Batch size',
      'Epochs',
      'Train loss',
      'Draw a digit',
      'Train',
    ],
  ],
  [
    'sentiment',
    SentimentLab,
    ['设置', '词表大小', '嵌入维度', '给一条影评打分', '上传 CSV', '保存在此浏览器中'],
    ['Vocabulary size', 'Embedding size', 'Score a review', 'Upload CSV', 'Save in this browser'],
  ],
  [
    'quantization',
    QuantizationLab,
    ['量化前的训练', '已测试的版本', '1 轮（125 个批次）'],
    ['Training before quantising', 'Versions tested', '1 epoch (125 batches)'],
  ],
  [
    'transfer',
    TransferLab,
    ['在数字 5–9 上微调', '每类的带标签样本数（K）', '微调所有层', '遗忘量'],
    ['Fine-tuning on digits 5–9', 'Fine-tune all layers', 'Forgetting'],
  ],
  [
    'optimizer-race',
    OptimizerRaceLab,
    ['曲面', '狭长山谷', '参赛者', '每秒步数'],
    ['Surface', 'Elongated valley', 'Racers', 'Steps per second'],
  ],
  [
    'diagnostics',
    DiagnosticsLab,
    ['后端', '内存中的张量', '再运行一次'],
    ['Backend', 'Tensors in memory', 'Run again'],
  ],
];

describe.each(LABS)('the %s lab', (_name, Lab, chinese, english) => {
  it('shows Chinese labels under /zh/ and no English words but names', () => {
    const text = readable(render(Lab, 'zh'));
    for (const label of chinese) expect(text).toContain(label);
    for (const label of english) expect(text).not.toContain(label);
    expect(englishWords(text)).toEqual([]);
  });

  it('keeps the English labels in the English edition', () => {
    const text = readable(render(Lab, 'en'));
    for (const label of english) expect(text).toContain(label);
  });
});

it('the MNIST settings legend is 设置 in Chinese and Settings in English', () => {
  expect(render(MnistLab, 'zh')).toContain('<legend>设置</legend>');
  expect(render(MnistLab, 'en')).toContain('<legend>Settings</legend>');
});

describe('worker notices', () => {
  // The workers' English text (src/widgets/mnist-lab/mnist.worker.ts, sentiment-lab/sentiment.worker.ts).
  const lost = (during: string) =>
    `The WebGL context was lost${during} (the GPU was reset or taken by another ` +
    `program), and the model on it with it. The lab now runs on wasm (the CPU) with a fresh model: ` +
    'press Train to train again. Reload the page to try the GPU again.';

  it('read the same in English as the text the workers send, and in Chinese under /zh/', () => {
    const en = tFor('en');
    const zh = tFor('zh');
    const during: LabNotice = { code: 'context-lost', backend: 'wasm', duringTraining: true };
    const idle: LabNotice = { code: 'context-lost', backend: 'wasm', duringTraining: false };
    expect(noticeText(en, 'x', during)).toBe(lost(' during training'));
    expect(noticeText(en, 'x', idle)).toBe(lost(''));
    expect(noticeText(zh, 'x', during)).toContain('WebGL 上下文在训练期间丢失了');
    expect(noticeText(zh, 'x', during)).toContain('wasm（CPU）');
    expect(noticeText(zh, 'x', { code: 'no-context' })).toBe('没有可以丢失的 WebGL 上下文。');
    expect(noticeText(zh, 'The text as sent', undefined)).toBe('The text as sent');
  });
});
