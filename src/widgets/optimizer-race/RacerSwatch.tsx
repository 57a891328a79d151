import type { RacerName } from '../../ml/optimizer-race/racers';
import { markerPath, RACER_STYLES } from './racer-style';

/** A legend sample: the racer's line (colour and dash) with its marker. Decorative. */
export function RacerSwatch({ racer }: { racer: RacerName }) {
  const style = RACER_STYLES[racer];
  const d = markerPath(style.marker, 20, 7, 4);
  return (
    <svg className="race-swatch" viewBox="0 0 30 14" width="30" height="14" aria-hidden="true">
      <path d="M1 7H29" className="race-trajectory" stroke={style.color} strokeDasharray={style.dash || undefined} />
      {style.marker === 'cross' ? (
        <path className="race-marker-open" d={d} stroke={style.color} />
      ) : (
        <path className="race-marker" d={d} fill={style.color} />
      )}
    </svg>
  );
}
