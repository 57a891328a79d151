import '../../i18n/figures/optimizer';
import { useT } from '../../i18n';
import { sgdStep } from '../../ml/worked/sgd';
import { fmt, fmtTrim } from '../shared/numbers';

/** One SGD step, coordinate by coordinate: θ, g, η·g, θ − η·g. */
export function SgdTable({
  theta,
  gradient,
  learningRate,
}: {
  theta: readonly number[];
  gradient: readonly number[];
  learningRate: number;
}) {
  const t = useT();
  const rows = sgdStep(theta, gradient, learningRate);
  const eta = fmtTrim(learningRate, 3);
  return (
    <table className="worked-table">
      <caption>{t('figures.optimizer.sgdCaption', { eta })}</caption>
      <thead>
        <tr>
          <th scope="col">i</th>
          <th scope="col" className="num">
            θ₀
          </th>
          <th scope="col" className="num">
            gᵢ = ∂L/∂θᵢ
          </th>
          <th scope="col" className="num">
            η·gᵢ
          </th>
          <th scope="col" className="num">
            θ₁ = θ₀ − η·gᵢ
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.index}>
            <th scope="row">{r.index}</th>
            <td className="num">{fmtTrim(r.before, 4)}</td>
            <td className="num">{fmtTrim(r.gradient, 4)}</td>
            <td className="num">
              {eta}·{fmtTrim(r.gradient, 4)} = {fmtTrim(r.update, 6)}
            </td>
            <td className="num" data-value={`sgd-theta-${r.index}`}>
              {fmt(r.after, Math.max(2, Math.min(6, decimals(r.after))))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Decimals needed to show x without losing anything up to 6 places. */
function decimals(x: number): number {
  return fmtTrim(x, 6).split('.')[1]?.length ?? 0;
}
