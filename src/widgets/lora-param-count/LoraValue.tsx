import { loraCount } from '../../ml/worked/lora';
import { formatInteger, formatPercent } from '../param-count/format';
import { fmt } from '../shared/numbers';

export type LoraStat = 'full' | 'lora' | 'ratio' | 'reduction';

/**
 * One LoRA count quoted in the prose, e.g. `<LoraValue inputs={768} outputs={768} rank={8} />`
 * → "12,288" (stat "lora", the default); "full" → in·out, "ratio" → a percentage, "reduction" →
 * how many times fewer.
 */
export function LoraValue({
  inputs,
  outputs,
  rank,
  matrices = 1,
  stat = 'lora',
}: {
  inputs: number;
  outputs: number;
  rank: number;
  matrices?: number;
  stat?: LoraStat;
}) {
  const c = loraCount({ inputs, outputs }, rank, matrices);
  const value = c[stat];
  const text =
    stat === 'ratio'
      ? formatPercent(value, value < 0.01 ? 2 : 1)
      : stat === 'reduction'
        ? fmt(value, Number.isInteger(value) ? 0 : 1)
        : formatInteger(value);
  return (
    <span className="computed" data-value={String(value)}>
      {text}
    </span>
  );
}
