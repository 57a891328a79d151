import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { GrayImage } from '../shared/training/GrayImage';
import type { Prediction } from './protocol';

const SHOWN = 16;

function extent(values: ArrayLike<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    min = Math.min(min, values[i]);
    max = Math.max(max, values[i]);
  }
  return [min, max];
}

/** The first convolution's filters and what each makes of the drawn digit. */
export function FirstLayer({ prediction }: { prediction: Prediction }) {
  const t = useT();
  const { filters, activations } = prediction;
  if (!filters || !activations) return <p>{t('labUi.mnist.noFilters')}</p>;
  const count = Math.min(SHOWN, filters.count);
  const filterRange = extent(filters.values);
  const mapSize = activations.width * activations.height;
  return (
    <div className="first-layer">
      <p>{t('labUi.mnist.firstLayer', { count, total: filters.count, size: filters.size })}</p>
      <div className="filter-grid">
        {Array.from({ length: count }, (_, i) => {
          const map = activations.values.subarray(i * mapSize, (i + 1) * mapSize);
          return (
            <figure key={i} className="filter-pair">
              <GrayImage
                values={filters.values.subarray(i * filters.size ** 2, (i + 1) * filters.size ** 2)}
                width={filters.size}
                height={filters.size}
                range={filterRange}
                invert={false}
                size={36}
                label={t('labUi.mnist.filter', { n: i + 1 })}
              />
              <GrayImage
                values={map}
                width={activations.width}
                height={activations.height}
                range={extent(map)}
                invert={false}
                size={56}
                label={t('labUi.mnist.filterOutput', { n: i + 1 })}
              />
            </figure>
          );
        })}
      </div>
    </div>
  );
}
