import { useLang } from '../../i18n/useLang';
import { isModelId, paramCount } from '../../ml/models/param-counts';
import { formatBytes } from './format';

/**
 * Storage of a model's weights at `bits` per parameter, e.g. `<ModelSize model="seed-cnn" bits={32} />`.
 * Per-tensor scales and zero points are left out: they add a few bytes per layer.
 */
export function ModelSize({ model, bits }: { model: string; bits: number }) {
  const lang = useLang();
  if (!isModelId(model)) throw new Error(`ModelSize: unknown model "${model}"`);
  if (!(bits > 0)) throw new Error(`ModelSize: bits must be positive, got ${bits}`);
  const bytes = (paramCount(model) * bits) / 8;
  return (
    <span className="computed" data-value={String(bytes)}>
      {formatBytes(bytes, lang)}
    </span>
  );
}
