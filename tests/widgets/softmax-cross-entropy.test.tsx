import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SoftmaxCrossEntropy } from '../../src/widgets/softmax-cross-entropy/SoftmaxCrossEntropy';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('SoftmaxCrossEntropy (server render)', () => {
  const html = renderToString(<SoftmaxCrossEntropy />);

  it('shows every step from logits (2, 1, 0.1) to probabilities and the gradient p − y', () => {
    const rows = [...html.matchAll(/<tr[^>]*><th scope="row">(class \d)<\/th>(.*?)<\/tr>/g)].map((m) =>
      [...m[2].matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]),
    );
    expect(rows).toEqual([
      ['2.00', '0.00', '1.0000', '0.6590', '1', '-0.3410'],
      ['1.00', '-1.00', '0.3679', '0.2424', '0', '0.2424'],
      ['0.10', '-1.90', '0.1496', '0.0986', '0', '0.0986'],
    ]);
  });

  it('sums the exponentials to 1.5174, the probabilities to 1 and the gradient to 0', () => {
    const foot = /<tfoot>(.*?)<\/tfoot>/.exec(html)?.[1] ?? '';
    expect([...foot.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1])).toEqual(['1.5174', '1.0000', '1', '0.0000']);
  });

  it('pins the loss −ln 0.6590 ≈ 0.4170', () => {
    expect(dataValue(html, 'loss')).toBe('0.4170');
    expect(textOf(html)).toContain('−ln 0.6590 = 0.4170');
  });

  it('is accessible', () => {
    expect(html).toMatch(/<label for="[^"]+">Logit z for class 1<\/label>/);
    expect(html).toMatch(/<label for="[^"]+">True class<\/label>/);
    expect(accessibilityProblems(html)).toEqual([]);
  });
});
