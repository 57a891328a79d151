import '../../i18n/figures/activation';
import '../../i18n/figures/network';
import { useT } from '../../i18n';
import { activations } from '../../ml/worked/activations';
import type {
  BackwardPass,
  ForwardPass,
  GradientCheckRow,
  NetworkExample,
  NetworkOptions,
  NetworkParams,
} from '../../ml/worked/network';
import { fmt, fmtTrim } from '../shared/numbers';
import { weightedSumExpression } from './expressions';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const sub = (n: number) => String(n).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);

/** The forward pass, unit by unit, with each weighted sum written out. */
export function ForwardTable({
  params,
  example,
  options,
  pass,
}: {
  params: NetworkParams;
  example: NetworkExample;
  options: NetworkOptions;
  pass: ForwardPass;
}) {
  const t = useT();
  const f = activations[options.hidden].label;
  return (
    <table className="worked-table">
      <caption>{t('figures.network.forward')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('figures.network.unit')}</th>
          <th scope="col">{t('figures.network.preActivation')}</th>
          <th scope="col" className="num">
            z
          </th>
          <th scope="col">{t('figures.network.activation')}</th>
          <th scope="col" className="num">
            a
          </th>
        </tr>
      </thead>
      <tbody>
        {params.w1.map((row, i) => (
          <tr key={i}>
            <th scope="row">{t('figures.network.hiddenUnit', { n: i + 1 })}</th>
            <td>
              z¹{sub(i + 1)} ={' '}
              {weightedSumExpression(
                row.map((w, j) => [w, example.x[j]] as const),
                params.b1[i],
              )}
            </td>
            <td className="num">{fmt(pass.z1[i], 4)}</td>
            <td>
              a¹{sub(i + 1)} = {f}(z¹{sub(i + 1)})
            </td>
            <td className="num">{fmt(pass.a1[i], 4)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('figures.network.output')}</th>
          <td>
            z² ={' '}
            {weightedSumExpression(
              params.w2.map((w, i) => [w, Number(fmt(pass.a1[i], 4))] as const),
              params.b2,
            )}
          </td>
          <td className="num">{fmt(pass.z2, 4)}</td>
          <td>ŷ = σ(z²)</td>
          <td className="num">{fmt(pass.yHat, 4)}</td>
        </tr>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('figures.network.lossRow')}</th>
          <td colSpan={3}>
            {options.loss === 'bce'
              ? t('figures.network.bceLoss', { y: example.y, term: example.y === 1 ? 'ŷ' : '1 − ŷ' })
              : t('figures.network.squaredLoss', { y: example.y })}
          </td>
          <td className="num" data-value="loss">
            {fmt(pass.loss, 4)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The backward pass: the output error δ², then each hidden unit's δ¹ᵢ. */
export function BackwardTables({
  params,
  example,
  options,
  pass,
  grads,
}: {
  params: NetworkParams;
  example: NetworkExample;
  options: NetworkOptions;
  pass: ForwardPass;
  grads: BackwardPass;
}) {
  const t = useT();
  const act = activations[options.hidden];
  const bce = options.loss === 'bce';
  const derivativeFormula =
    options.hidden === 'relu' ? t('figures.activation.formulas.reluDerivative') : act.derivativeFormula;
  return (
    <>
      <table className="worked-table">
        <caption>{t('figures.network.backwardOutput')}</caption>
        <tbody>
          <tr>
            <th scope="row">∂L/∂ŷ</th>
            <td>{bce ? '(ŷ − y) / (ŷ(1 − ŷ))' : 'ŷ − y'}</td>
            <td className="num">{fmt(grads.dLossDYHat, 4)}</td>
          </tr>
          <tr>
            <th scope="row">∂ŷ/∂z²</th>
            <td>σ′(z²) = ŷ(1 − ŷ)</td>
            <td className="num">{fmt(grads.dYHatDZ2, 4)}</td>
          </tr>
          <tr>
            <th scope="row">δ² = ∂L/∂z²</th>
            <td>
              ∂L/∂ŷ · ∂ŷ/∂z²
              {bce ? ` = ŷ − y = ${fmt(pass.yHat, 4)} − ${example.y}` : ` = (ŷ − y)·ŷ(1 − ŷ)`}
            </td>
            <td className="num" data-value="delta2">
              {fmt(grads.delta2, 4)}
            </td>
          </tr>
        </tbody>
      </table>
      <table className="worked-table">
        <caption>{t('figures.network.backwardHidden', { formula: derivativeFormula })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.network.unitI')}</th>
            <th scope="col" className="num">
              w²ᵢ
            </th>
            <th scope="col" className="num">
              ∂L/∂a¹ᵢ = w²ᵢ·δ²
            </th>
            <th scope="col" className="num">
              z¹ᵢ
            </th>
            <th scope="col" className="num">
              {act.label}′(z¹ᵢ)
            </th>
            <th scope="col" className="num">
              δ¹ᵢ = ∂L/∂a¹ᵢ · {act.label}′(z¹ᵢ)
            </th>
          </tr>
        </thead>
        <tbody>
          {params.w2.map((w, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td className="num">{fmtTrim(w, 4)}</td>
              <td className="num">{fmt(grads.dLossDA1[i], 4)}</td>
              <td className="num">{fmt(pass.z1[i], 4)}</td>
              <td className="num">{fmt(grads.activationDerivative[i], 4)}</td>
              <td className="num">{fmt(grads.delta1[i], 4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** A relative error printed compactly: "0" or "6.9e-11". */
function relative(value: number): string {
  return value === 0 ? '0' : value.toExponential(1);
}

/** Every parameter's gradient, its finite-difference check, and its value after one step. */
export function GradientTable({
  rows,
  learningRate,
  showCheck,
}: {
  rows: readonly GradientCheckRow[];
  learningRate: number;
  showCheck: boolean;
}) {
  const t = useT();
  return (
    <table className="worked-table">
      <caption>
        {t('figures.network.gradients')}
        {showCheck ? t('figures.network.checked') : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">θ</th>
          <th scope="col" className="num">
            {t('figures.network.value')}
          </th>
          <th scope="col">{t('figures.network.byBackprop')}</th>
          <th scope="col" className="num">
            ∂L/∂θ
          </th>
          {showCheck && (
            <>
              <th scope="col" className="num">
                {t('figures.network.finiteDifference')}
              </th>
              <th scope="col" className="num">
                {t('figures.network.relativeError')}
              </th>
            </>
          )}
          <th scope="col" className="num">
            θ − {fmtTrim(learningRate, 3)}·∂L/∂θ
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td className="num">{fmt(r.value, 4)}</td>
            <td>{r.gradientFormula}</td>
            <td className="num">{fmt(r.analytic, 4)}</td>
            {showCheck && (
              <>
                <td className="num">{fmt(r.numeric, 4)}</td>
                <td className="num">{relative(r.relativeError)}</td>
              </>
            )}
            <td className="num">{fmt(r.value - learningRate * r.analytic, 4)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
