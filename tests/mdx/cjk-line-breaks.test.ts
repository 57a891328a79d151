import { describe, expect, it } from 'vitest';
import { compileMdx } from '../helpers/compile';

/** The text of the compiled chapter's JSX string literals, joined. */
const texts = (js: string) => [...js.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`)).join('|');

describe('line breaks in Chinese prose', () => {
  it('disappear between two CJK characters, also across bold and links', async () => {
    const js = await compileMdx(
      [
        '# 标题',
        '',
        '第一行的文字，',
        '第二行继续。这里有**加粗**',
        '紧接着下一行，还有[链接](/chapters/losses)',
        '与正文。',
      ].join('\n'),
    );
    const text = texts(js);
    expect(text).toContain('第一行的文字，第二行继续。这里有');
    expect(text).toContain('|紧接着下一行，还有');
    expect(text).toContain('|与正文。');
    expect(text).not.toMatch(/[\u4e00-\u9fff，。]\n/);
  });

  it('stay in English prose and between English and Chinese', async () => {
    const js = await compileMdx(['# Title', '', 'one line', 'next line', '中文结尾', 'English start'].join('\n'));
    expect(texts(js)).toContain('one line\nnext line\n中文结尾\nEnglish start');
  });
});
