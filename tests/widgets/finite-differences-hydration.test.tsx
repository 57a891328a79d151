// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FiniteDifferences } from '../../src/widgets/finite-differences/FiniteDifferences';
import { LossValue, MseValue, NetworkValue } from '../../src/widgets/worked-quotes';
import { hydrate, control, setValue } from './hydrate';

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
