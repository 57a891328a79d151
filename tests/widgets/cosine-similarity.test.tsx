import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CosineSimilarity } from '../../src/widgets/cosine-similarity/CosineSimilarity';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('CosineSimilarity (server render)', () => {
  const html = renderToString(<CosineSimilarity />);
  const text = textOf(html);

  it('shows the dot product 32 and the squared norms 14 and 77', () => {
    expect(text).toContain('a·b = 32');
    expect(text).toContain('‖a‖² = 14');
    expect(text).toContain('‖b‖² = 77');
    expect(text).not.toContain('136');
  });

  it('pins cosine ≈ 0.9746 with every intermediate value', () => {
    expect(dataValue(html, 'cosine')).toBe('0.9746');
    expect(text).toContain('‖a‖ = √14 ≈ 3.7417');
    expect(text).toContain('‖b‖ = √77 ≈ 8.7750');
    expect(text).toContain('32 / √(14 · 77) = 32 / 32.8329 ≈ 0.9746');
    expect(text).toContain('θ ≈ 12.93°');
  });

  it('pins the Euclidean distance √27 ≈ 5.196', () => {
    expect(dataValue(html, 'distance')).toBe('5.1962');
    expect(text).toContain('= √27 ≈ 5.1962');
  });

  it('is accessible: labelled inputs and a labelled scale', () => {
    expect(html).toContain('aria-label="Component 3 of b"');
    expect(html).toContain('aria-label="Cosine similarity 0.9746 on a scale');
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('says the cosine is undefined for a zero vector', () => {
    const zero = renderToString(<CosineSimilarity a={[0, 0, 0]} editable={false} />);
    expect(textOf(zero)).toContain('a zero vector has no direction');
  });
});
