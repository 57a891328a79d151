import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { RaceHyperparameters } from '../../ml/optimizer-race/racers';
import type { Point } from '../../ml/optimizer-race/surfaces';
import type { RunnerSnapshot } from './client';
import { formatPoint, formatValue } from './format';
import { RacerSwatch } from './RacerSwatch';

/** The step TF.js actually took (last two recorded positions), or null if the racer left the map on it. */
function libraryDelta(r: RunnerSnapshot): Point | null {
  if (!r.lastStep || r.lastStep.t !== r.count - 1) return null;
  return [r.xs[r.count - 1] - r.xs[r.count - 2], r.ys[r.count - 1] - r.ys[r.count - 2]];
}

/**
 * The latest step of every racer worked out: the gradient at the point it left, the rule with
 * every intermediate value (float64, from src/ml/optimizer-race/reference.ts), and beside the
 * formula's Δθ the Δθ that TF.js took. They agree to float32 precision.
 */
export function StepDetails({
  runners,
  hyperparameters,
}: {
  runners: readonly RunnerSnapshot[];
  hyperparameters: RaceHyperparameters;
}) {
  const t = useT();
  const { learningRate, momentum, rho, beta1, beta2, weightDecay, epsilon } = hyperparameters;
  const step = runners.find((r) => r.lastStep)?.lastStep?.t;
  if (step === undefined) return null;
  return (
    <div className="race-step-details">
      <table className="race-step-table">
        <caption>
          {t('labUi.race.detailsCaption', {
            step,
            eta: formatValue(learningRate),
            mu: momentum,
            rho,
            beta1,
            beta2,
            lambda: weightDecay,
            epsilon,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('labUi.common.optimizer')}</th>
            <th scope="col">{t('labUi.race.rule')}</th>
            <th scope="col">{t('labUi.race.before')}</th>
            <th scope="col">g</th>
            <th scope="col">{t('labUi.race.intermediate')}</th>
            <th scope="col">{t('labUi.race.byRule')}</th>
            <th scope="col">{t('labUi.race.byTfjs')}</th>
          </tr>
        </thead>
        <tbody>
          {runners.map((r) => {
            const e = r.lastStep;
            if (!e) return null;
            const taken = libraryDelta(r);
            return (
              <tr key={r.racer} data-step-racer={r.racer}>
                <th scope="row">
                  <RacerSwatch racer={r.racer} /> {t(`labUi.race.racers.${r.racer}`)}
                </th>
                <td className="race-rule">{e.rule}</td>
                <td className="num">{formatPoint(e.before, 6)}</td>
                <td className="num">{formatPoint(e.gradient, 6)}</td>
                <td>
                  {e.terms.length === 0
                    ? '—'
                    : e.terms.map((term) => (
                        <div key={term.symbol}>
                          {term.symbol} = {formatPoint(term.value, 5)}
                        </div>
                      ))}
                </td>
                <td className="num">{formatPoint(e.delta, 6)}</td>
                <td className="num">{taken ? formatPoint(taken, 6) : t('labUi.race.leftMap')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
