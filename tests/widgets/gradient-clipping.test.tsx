import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GradientClipping } from '../../src/widgets/gradient-clipping/GradientClipping';
import { accessibilityProblems, dataValue, textOf } from './html';

describe('GradientClipping (server render, spike ×40 at step 8, c = 5)', () => {
  const html = renderToString(<GradientClipping />);
  const text = textOf(html);

  it('pins the spike: norm 58.24, clipping factor 0.0859, and only step 8 is clipped', () => {
    expect(dataValue(html, 'clip-spike-norm')).toBe('58.24');
    expect(dataValue(html, 'clip-spike-scale')).toBe('0.0859');
    expect(dataValue(html, 'clip-active-steps')).toBe('8');
  });

  it('pins the losses: 10.50 vs 0.44 after the spike, 0.0899 vs 0.0043 after 30 steps', () => {
    expect(dataValue(html, 'clip-spike-loss-plain')).toBe('10.50');
    expect(dataValue(html, 'clip-spike-loss-clipped')).toBe('0.44');
    expect(dataValue(html, 'clip-final-loss-plain')).toBe('0.0899');
    expect(dataValue(html, 'clip-final-loss-clipped')).toBe('0.0043');
    expect(text).toContain('the loss (from 6.00)');
  });

  it('shows the clipped gradient in the table: (57.396, 9.883) scaled to (4.927, 0.848)', () => {
    expect(text).toContain('L(θ) = ½(θ₁² + 3θ₂²)');
    expect(text).toMatch(/with clipping 8 \(57\.396, 9\.883\) 58\.240 0\.0859 \(4\.927, 0\.848\) 0\.444/);
    expect(text).toMatch(/without clipping 8 \(57\.396, 9\.883\) 58\.240 1\.0000 \(57\.396, 9\.883\) 10\.496/);
  });

  it('draws the norms with the threshold, and both paths', () => {
    expect(text).toContain('threshold c = 5');
    expect(text).toContain('path without clipping');
    expect(text).toContain('path with clipping');
    expect(html.match(/role="img"/g)).toHaveLength(2);
    expect(accessibilityProblems(html)).toEqual([]);
  });

  it('with no spike, clipping never acts', () => {
    const calm = renderToString(<GradientClipping spikeFactor={1} />);
    expect(dataValue(calm, 'clip-active-steps')).toBe('none');
    expect(dataValue(calm, 'clip-final-loss-plain')).toBe(dataValue(calm, 'clip-final-loss-clipped'));
  });
});
