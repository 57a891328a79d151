import { describe, expect, it } from 'vitest';
import { compileMdx } from '../helpers/compile';

describe('rendered formulas', () => {
  it('ship as one HTML string each (KaTeX HTML and MathML inside), not as nested JSX calls', async () => {
    const js = await compileMdx('# T\n\nInline $x^2$ and display:\n\n$$\n\\frac{a}{b}\n$$\n');
    expect(js.match(/dangerouslySetInnerHTML/g)).toHaveLength(2);
    expect(js).toContain('className: "katex"');
    expect(js).toContain('className: "katex-display"');
    expect(js).toContain('__html: "<span class=\\"katex-mathml\\"><math xmlns=');
    expect(js).toContain('__html: "<span class=\\"katex\\"><span class=\\"katex-mathml\\">');
    expect(js).toContain('<annotation encoding=\\"application/x-tex\\">x^2</annotation>');
    expect(js).not.toContain('className: "mord');
  });
});
