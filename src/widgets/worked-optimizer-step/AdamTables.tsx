import '../../i18n/figures/optimizer';
import { useT } from '../../i18n';
import { adamFirstStep, type AdamConfig } from '../../ml/worked/adam';
import { fmt, fmtTrim } from '../shared/numbers';

/** A small or large number in a compact form: fixed decimals where readable, else scientific. */
function num(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e4 ? fmtTrim(x, 6) : x.toExponential(3).replace(/\.?0+e/, 'e');
}

/**
 * Adam's first step (t = 1, m₀ = v₀ = 0) on each coordinate: the moments, their bias
 * correction, and the resulting update with and without it.
 */
export function AdamTables({
  theta,
  gradient,
  config,
}: {
  theta: readonly number[];
  gradient: readonly number[];
  config: AdamConfig;
}) {
  const t = useT();
  const steps = adamFirstStep(theta, gradient, config);
  const { beta1, beta2, learningRate, epsilon } = config;
  const c1 = steps[0]?.correction1 ?? 1 - beta1;
  const c2 = steps[0]?.correction2 ?? 1 - beta2;
  return (
    <>
      <table className="worked-table">
        <caption>
          {t('figures.optimizer.momentsCaption', {
            beta1: fmtTrim(beta1, 4),
            beta2: fmtTrim(beta2, 4),
            c1: num(c1),
            c2: num(c2),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">i</th>
            <th scope="col" className="num">
              gᵢ
            </th>
            <th scope="col" className="num">
              m₁ = (1 − β₁)g
            </th>
            <th scope="col" className="num">
              v₁ = (1 − β₂)g²
            </th>
            <th scope="col" className="num">
              m̂₁ = m₁/(1 − β₁¹)
            </th>
            <th scope="col" className="num">
              v̂₁ = v₁/(1 − β₂¹)
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td className="num">{num(s.gradient)}</td>
              <td className="num">{num(s.m)}</td>
              <td className="num">{num(s.v)}</td>
              <td className="num">{num(s.mHat)}</td>
              <td className="num">{num(s.vHat)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="worked-table">
        <caption>
          {t('figures.optimizer.updateCaption', { alpha: fmtTrim(learningRate, 4), epsilon: epsilon.toExponential(0) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">i</th>
            <th scope="col" className="num">
              θ₀
            </th>
            <th scope="col" className="num">
              α·m̂/(√v̂ + ε)
            </th>
            <th scope="col" className="num">
              {t('figures.optimizer.corrected')}
            </th>
            <th scope="col" className="num">
              {t('figures.optimizer.uncorrectedUpdate')}
            </th>
            <th scope="col" className="num">
              {t('figures.optimizer.uncorrected')}
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td className="num">{fmtTrim(s.thetaBefore, 4)}</td>
              <td className="num">{fmt(s.update, 4)}</td>
              <td className="num" data-value={`adam-theta-${i + 1}`}>
                {fmt(s.thetaAfter, 4)}
              </td>
              <td className="num">{fmt(s.uncorrectedUpdate, 4)}</td>
              <td className="num worked-warn" data-value={`adam-uncorrected-theta-${i + 1}`}>
                {fmt(s.uncorrectedThetaAfter, 4)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="worked-note">
        {t('figures.optimizer.adamNote', {
          m: num(1 - beta1),
          mFactor: fmtTrim(1 / c1, 2),
          vFactor: fmtTrim(1 / c2, 1),
          sqrtFactor: fmtTrim(Math.sqrt(1 / c2), 2),
          ratio: fmtTrim(c1 / Math.sqrt(c2), 2),
        })}
      </p>
    </>
  );
}
