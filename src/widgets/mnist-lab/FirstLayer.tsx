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
  const { filters, activations } = prediction;
  if (!filters || !activations) return <p>The MLP has no convolution filters to show: pick a CNN.</p>;
  const count = Math.min(SHOWN, filters.count);
  const filterRange = extent(filters.values);
  const mapSize = activations.width * activations.height;
  return (
    <div className="first-layer">
      <p>
        First layer: {count} of {filters.count} filters ({filters.size}×{filters.size}) and their outputs for your
        digit.
      </p>
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
                label={`Filter ${i + 1}`}
              />
              <GrayImage
                values={map}
                width={activations.width}
                height={activations.height}
                range={extent(map)}
                invert={false}
                size={56}
                label={`Output of filter ${i + 1}`}
              />
            </figure>
          );
        })}
      </div>
    </div>
  );
}
