import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { Surface } from '../../ml/optimizer-race/surfaces';
import type { RunnerSnapshot } from './client';
import { formatLoss, formatPoint } from './format';
import { RacerSwatch } from './RacerSwatch';

/**
 * The legend and scoreboard in one: each racer's line style, current loss (in
 * `data-metric="loss-<racer>"`, a plain number), position and whether it is still on the map.
 */
export function RaceStandings({ runners, surface }: { runners: readonly RunnerSnapshot[]; surface: Surface }) {
  const t = useT();
  return (
    <table className="race-standings">
      <caption>{t('labUi.race.standingsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('labUi.common.optimizer')}</th>
          <th scope="col" className="num">
            {t('labUi.common.loss')} f(x, y)
          </th>
          <th scope="col" className="num">
            {t('labUi.race.position')}
          </th>
          <th scope="col">{t('labUi.race.status')}</th>
        </tr>
      </thead>
      <tbody>
        {runners.map((r) => (
          <tr key={r.racer}>
            <th scope="row">
              <RacerSwatch racer={r.racer} /> {t(`labUi.race.racers.${r.racer}`)}
              <span className="race-sr-only"> ({t(`labUi.race.styles.${r.racer}`)})</span>
            </th>
            <td className="num">
              <span data-metric={`loss-${r.racer}`}>{formatLoss(r.loss)}</span>
            </td>
            <td className="num">{formatPoint([r.xs[r.count - 1], r.ys[r.count - 1]], 3)}</td>
            <td>
              {r.status === 'left'
                ? surface.minimum
                  ? t('labUi.race.diverged')
                  : t('labUi.race.leftMap')
                : t('labUi.race.racing')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
