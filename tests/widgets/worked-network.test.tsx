import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorkedNetwork } from '../../src/widgets/worked-network/WorkedNetwork';
import { weightedSumExpression } from '../../src/widgets/worked-network/expressions';
import { accessibilityProblems, dataValue, textOf } from './html';

/** Rows of the table whose caption starts with `caption`: [row header, ...cells] as text. */
function tableRows(html: string, caption: string): string[][] {
  const table = new RegExp(`<table[^>]*><caption>${caption}[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  return [...table.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)]
    .filter((m) => m[1].includes('scope="row"'))
    .map((m) => [...m[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => textOf(c[1]).trim()));
}

describe('WorkedNetwork (server render, ReLU hidden, cross-entropy, y = 0)', () => {
  const html = renderToString(<WorkedNetwork />);
  const text = textOf(html);

  it('writes out the forward pass: z¹ = (0.25, 0.45, −0.05), a¹ = (0.25, 0.45, 0), z² = 0.495, ŷ ≈ 0.6213', () => {
    expect(tableRows(html, 'Forward pass')).toEqual([
      ['hidden 1', 'z¹₁ = 0.1·0.5 + 0.2·0.5 + 0.1', '0.2500', 'a¹₁ = ReLU(z¹₁)', '0.2500'],
      ['hidden 2', 'z¹₂ = 0.3·0.5 + 0.4·0.5 + 0.1', '0.4500', 'a¹₂ = ReLU(z¹₂)', '0.4500'],
      ['hidden 3', 'z¹₃ = −0.5·0.5 + 0.2·0.5 + 0.1', '-0.0500', 'a¹₃ = ReLU(z¹₃)', '0.0000'],
      ['output', 'z² = 0.5·0.25 + 0.6·0.45 + 0.7·0 + 0.1', '0.4950', 'ŷ = σ(z²)', '0.6213'],
      ['loss', 'L = −[y·ln ŷ + (1 − y)·ln(1 − ŷ)] with y = 0: −ln(1 − ŷ)', '0.9710'],
    ]);
    expect(dataValue(html, 'loss')).toBe('0.9710');
  });

  it('writes out the backward pass: ∂L/∂ŷ ≈ 2.6405, σ′ ≈ 0.2353, δ² = ŷ − y ≈ 0.6213', () => {
    expect(tableRows(html, 'Backward pass at the output')).toEqual([
      ['∂L/∂ŷ', '(ŷ − y) / (ŷ(1 − ŷ))', '2.6405'],
      ['∂ŷ/∂z²', 'σ′(z²) = ŷ(1 − ŷ)', '0.2353'],
      ['δ² = ∂L/∂z²', '∂L/∂ŷ · ∂ŷ/∂z² = ŷ − y = 0.6213 − 0', '0.6213'],
    ]);
    expect(tableRows(html, 'Backward pass into the hidden layer')).toEqual([
      ['1', '0.5', '0.3106', '0.2500', '1.0000', '0.3106'],
      ['2', '0.6', '0.3728', '0.4500', '1.0000', '0.3728'],
      ['3', '0.7', '0.4349', '-0.0500', '0.0000', '0.0000'],
    ]);
  });

  it('lists every gradient with its finite-difference check and the stepped value (η = 0.5)', () => {
    const rows = tableRows(html, 'Gradients of every parameter');
    expect(rows.map((r) => r[0])).toEqual([
      'w¹₁₁',
      'w¹₁₂',
      'w¹₂₁',
      'w¹₂₂',
      'w¹₃₁',
      'w¹₃₂',
      'b¹₁',
      'b¹₂',
      'b¹₃',
      'w²₁',
      'w²₂',
      'w²₃',
      'b²',
    ]);
    const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
    expect(byName['w¹₁₁']).toEqual([
      'w¹₁₁',
      '0.1000',
      'δ¹₁·x₁',
      '0.1553',
      '0.1553',
      expect.stringMatching(/e-1\d$/),
      '0.0223',
    ]);
    expect(byName['w¹₃₂'].slice(3)).toEqual(['0.0000', '0.0000', '0', '0.2000']);
    expect(byName['w²₂'].slice(2, 5)).toEqual(['δ²·a¹₂', '0.2796', '0.2796']);
    expect(byName['b²'].slice(2, 5)).toEqual(['δ²', '0.6213', '0.6213']);
    expect(byName['b²'][6]).toBe('-0.2106');
    expect(Number(dataValue(html, 'max-relative-error'))).toBeLessThan(1e-6);
    expect(text).toContain('the chain rule is right');
  });

  it('draws a labelled diagram with the values', () => {
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Network diagram. Inputs x₁ = 0.5, x₂ = 0.5. Hidden activations a¹₁ = 0.2500, a¹₂ = 0.4500, a¹₃ = 0.0000. Output ŷ = 0.6213."/,
    );
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('uses the sigmoid derivative when the hidden layer is sigmoid', () => {
    const sig = renderToString(<WorkedNetwork hidden="sigmoid" />);
    const hiddenRows = tableRows(sig, 'Backward pass into the hidden layer');
    expect(hiddenRows.map((r) => r[4])).toEqual(['0.2461', '0.2378', '0.2498']);
    expect(dataValue(sig, 'loss')).toBe('1.3789');
  });

  it('uses ∂L/∂ŷ = ŷ − y for the half squared error', () => {
    const sq = renderToString(<WorkedNetwork loss="halfSquared" />);
    expect(tableRows(sq, 'Backward pass at the output')[0]).toEqual(['∂L/∂ŷ', 'ŷ − y', '0.6213']);
    expect(dataValue(sq, 'delta2')).toBe('0.1462');
  });
});

describe('weightedSumExpression', () => {
  it('folds signs into the operators and brackets negative inputs', () => {
    expect(
      weightedSumExpression(
        [
          [0.1, 0.5],
          [-0.5, 0.5],
        ],
        0.1,
      ),
    ).toBe('0.1·0.5 − 0.5·0.5 + 0.1');
    expect(weightedSumExpression([[-0.2, -1]], -0.3)).toBe('−0.2·(-1) − 0.3');
  });
});
