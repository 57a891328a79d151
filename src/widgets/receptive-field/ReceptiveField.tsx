import '../../i18n/figures/receptive';
import { useState } from 'react';
import { fill, useT } from '../../i18n';
import { bookModels } from '../../ml/models/param-counts';
import {
  convOutputSize,
  convStack,
  receptiveFields,
  windowLayersOf,
  type WindowLayer,
} from '../../ml/worked/convolution';
import { SelectControl } from '../shared/controls';
import './receptive-field.css';

/** The stacks the calculator offers. */
export type StackName = 'seed-cnn' | 'small-cnn' | 'three-3x3' | 'one-7x7';

interface Stack {
  label: string;
  inputSize: number;
  layers: WindowLayer[];
}

export const receptiveFieldStacks: Record<StackName, Stack> = {
  'seed-cnn': {
    label: 'MNIST CNN (three 3×3 convolutions, two poolings)',
    inputSize: bookModels['seed-cnn'].architecture.inputShape[0],
    layers: windowLayersOf(bookModels['seed-cnn'].architecture.layers),
  },
  'small-cnn': {
    label: 'Small MNIST CNN (two 5×5 convolutions, two poolings)',
    inputSize: bookModels['small-cnn'].architecture.inputShape[0],
    layers: windowLayersOf(bookModels['small-cnn'].architecture.layers),
  },
  'three-3x3': { label: 'Three 3×3 convolutions', inputSize: 28, layers: convStack(3, 3) },
  'one-7x7': { label: 'One 7×7 convolution', inputSize: 28, layers: convStack(1, 7) },
};

const stackNames = Object.keys(receptiveFieldStacks) as StackName[];

function rowsOf(stack: StackName) {
  const s = receptiveFieldStacks[stack];
  return receptiveFields(s.layers, s.inputSize);
}

/**
 * Receptive field calculator: layer by layer, the output size, the jump j (input pixels
 * between neighbouring units) and the receptive field r (side of the input square one unit
 * sees), from r_l = r_(l−1) + (k_l − 1)·j_(l−1) and j_l = j_(l−1)·s_l.
 */
export function ReceptiveField({ stack: initial = 'seed-cnn' }: { stack?: StackName }) {
  const t = useT();
  const [stack, setStack] = useState<StackName>(initial);
  const { inputSize } = receptiveFieldStacks[stack];
  const rows = rowsOf(stack);
  const last = rows[rows.length - 1];
  return (
    <div className="worked receptive-field" data-figure="receptive-field">
      <div className="worked-controls">
        <SelectControl
          label={t('figures.receptive.layers')}
          value={stack}
          options={stackNames.map((name) => ({ value: name, label: t(`figures.receptive.stacks.${name}`) }))}
          onChange={setStack}
        />
      </div>
      <table className="worked-table">
        <caption>{t('figures.receptive.caption', { size: inputSize })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.receptive.layer')}</th>
            <th scope="col" className="num">
              {t('figures.receptive.kernel')}
            </th>
            <th scope="col" className="num">
              {t('figures.receptive.stride')}
            </th>
            <th scope="col" className="num">
              {t('figures.receptive.outputSize')}
            </th>
            <th scope="col" className="num">
              {t('figures.receptive.jump')}
            </th>
            <th scope="col" className="num">
              {t('figures.receptive.field')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const previous = i === 0 ? { jump: 1, receptiveField: 1 } : rows[i - 1];
            return (
              <tr key={row.name} data-layer={row.name}>
                <th scope="row">
                  <code>{row.name}</code>
                </th>
                <td className="num">{row.kernel}</td>
                <td className="num">{row.stride}</td>
                <td className="num">
                  {row.outputSize}×{row.outputSize}
                </td>
                <td className="num">
                  {previous.jump}·{row.stride} = {row.jump}
                </td>
                <td className="num" data-value={`r-${row.name}`}>
                  {previous.receptiveField} + {row.kernel - 1}·{previous.jump} = {row.receptiveField}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="worked-result" aria-live="polite">
        {fill(t('figures.receptive.result', { size: inputSize, count: last.jump }), {
          layer: <code>{last.name}</code>,
          field: (
            <strong data-value="receptive-field">
              {last.receptiveField}×{last.receptiveField}
            </strong>
          ),
        })}
      </p>
    </div>
  );
}

/** Inline: the receptive field (side, in pixels) of the last window layer of a stack. */
export function ReceptiveFieldSize({ stack }: { stack: StackName }) {
  const rows = rowsOf(stack);
  const r = rows[rows.length - 1].receptiveField;
  return (
    <span className="computed" data-value={String(r)}>
      {r}×{r}
    </span>
  );
}

/**
 * Inline: the output length ⌊(n + 2p − k)/s⌋ + 1, alone or with the arithmetic (`work`).
 */
export function ConvOutputSize({
  input,
  kernel,
  padding = 0,
  stride = 1,
  work = false,
}: {
  input: number;
  kernel: number;
  padding?: number;
  stride?: number;
  work?: boolean;
}) {
  const size = convOutputSize(input, kernel, padding, stride);
  return (
    <span className="computed" data-value={String(size)}>
      {work ? `⌊(${input} + 2·${padding} − ${kernel}) / ${stride}⌋ + 1 = ${size}` : size}
    </span>
  );
}
