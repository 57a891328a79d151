import { memo, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import type { EmbeddingMap, NeighboursReport } from './protocol';

const W = 360;
const H = 260;
const PAD = 28;

/** The 2-D PCA map of sentiment words as an SVG scatter plot, words coloured by their usual polarity. */
function WordMap({ map }: { map: EmbeddingMap }) {
  const t = useT();
  if (map.points.length === 0) return null;
  const xs = map.points.map((p) => p.x);
  const ys = map.points.map((p) => p.y);
  const span = (v: number[]) => [Math.min(...v), Math.max(...v)] as const;
  const [x0, x1] = span(xs);
  const [y0, y1] = span(ys);
  const sx = (x: number) => PAD + ((x - x0) / (x1 - x0 || 1)) * (W - 2 * PAD);
  const sy = (y: number) => H - PAD - ((y - y0) / (y1 - y0 || 1)) * (H - 2 * PAD);
  return (
    <figure className="word-map">
      <figcaption>
        {t('labUi.sentiment.mapCaption', {
          first: (map.explained[0] * 100).toFixed(0),
          second: (map.explained[1] * 100).toFixed(0),
        })}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} role="img" aria-label={t('labUi.sentiment.mapLabel')}>
        <rect x={0} y={0} width={W} height={H} className="map-frame" />
        {map.points.map((p) => (
          <g key={p.word} className={`map-word ${p.polarity}`}>
            <circle cx={sx(p.x)} cy={sy(p.y)} r={3} />
            <text x={sx(p.x) + 5} y={sy(p.y) + 4}>
              {p.word}
            </text>
          </g>
        ))}
      </svg>
      <p className="map-key">{t('labUi.sentiment.mapKey')}</p>
    </figure>
  );
}

export interface EmbeddingViewProps {
  map?: EmbeddingMap;
  neighbours?: NeighboursReport;
  onWord(word: string): void;
}

/** Nearest neighbours of a chosen word (cosine similarity) and the PCA map of sentiment words. */
export const EmbeddingView = memo(function EmbeddingView({ map, neighbours, onWord }: EmbeddingViewProps) {
  const t = useT();
  const [word, setWord] = useState('great');
  return (
    <div className="embedding-view">
      <div className="neighbours">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onWord(word);
          }}
        >
          <label>
            {t('labUi.sentiment.word')}
            <input value={word} onChange={(e) => setWord(e.target.value)} size={14} />
          </label>{' '}
          <button type="submit">{t('labUi.sentiment.findNeighbours')}</button>
        </form>
        {neighbours?.neighbours === null && <p>{t('labUi.sentiment.notInVocabulary', { word: neighbours.word })}</p>}
        {neighbours?.neighbours && (
          <table className="neighbour-table">
            <caption>{t('labUi.sentiment.nearest', { word: neighbours.word })}</caption>
            <tbody>
              {neighbours.neighbours.map((n) => (
                <tr key={n.word}>
                  <td>{n.word}</td>
                  <td data-similarity={n.similarity}>{n.similarity.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {map && <WordMap map={map} />}
    </div>
  );
});
