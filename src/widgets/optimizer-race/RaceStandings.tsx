import { RACER_LABELS } from '../../ml/optimizer-race/racers';
import type { Surface } from '../../ml/optimizer-race/surfaces';
import type { RunnerSnapshot } from './client';
import { formatLoss, formatPoint } from './format';
import { RacerSwatch } from './RacerSwatch';
import { RACER_STYLES } from './racer-style';

/**
 * The legend and scoreboard in one: each racer's line style, current loss (in
 * `data-metric="loss-<racer>"`, a plain number), position and whether it is still on the map.
 */
export function RaceStandings({ runners, surface }: { runners: readonly RunnerSnapshot[]; surface: Surface }) {
  return (
    <table className="race-standings">
      <caption>Racers: current loss and position</caption>
      <thead>
        <tr>
          <th scope="col">Optimizer</th>
          <th scope="col" className="num">
            Loss f(x, y)
          </th>
          <th scope="col" className="num">
            Position (x, y)
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {runners.map((r) => (
          <tr key={r.racer}>
            <th scope="row">
              <RacerSwatch racer={r.racer} /> {RACER_LABELS[r.racer]}
              <span className="race-sr-only"> ({RACER_STYLES[r.racer].description})</span>
            </th>
            <td className="num">
              <span data-metric={`loss-${r.racer}`}>{formatLoss(r.loss)}</span>
            </td>
            <td className="num">{formatPoint([r.xs[r.count - 1], r.ys[r.count - 1]], 3)}</td>
            <td>{r.status === 'left' ? (surface.minimum ? 'diverged: left the map' : 'left the map') : 'racing'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
