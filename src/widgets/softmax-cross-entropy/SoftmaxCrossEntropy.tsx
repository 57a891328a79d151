import '../../i18n/figures/softmax';
import { useState } from 'react';
import { useT } from '../../i18n';
import { softmaxCrossEntropy } from '../../ml/worked/losses';
import { RangeControl, SelectControl } from '../shared/controls';
import { fmt } from '../shared/numbers';
import './softmax-cross-entropy.css';

export interface SoftmaxCrossEntropyProps {
  /** Starting logits, one per class (default 2, 1, 0.1). */
  logits?: readonly number[];
  /** The true class, 0-based (default 0). */
  target?: number;
  /** Class names (default "class 1", "class 2", …). */
  labels?: readonly string[];
}

/**
 * Logits → softmax probabilities → categorical cross-entropy and its gradient p − y, one
 * column per step, with a slider per logit and a chooser for the true class.
 */
export function SoftmaxCrossEntropy({
  logits: initialLogits = [2, 1, 0.1],
  target: initialTarget = 0,
  labels: givenLabels,
}: SoftmaxCrossEntropyProps) {
  const t = useT();
  const labels = givenLabels ?? initialLogits.map((_, i) => t('figures.softmax.class', { n: i + 1 }));
  const [logits, setLogits] = useState<readonly number[]>(initialLogits);
  const [target, setTarget] = useState(initialTarget);
  const s = softmaxCrossEntropy(logits, target);
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

  return (
    <div className="worked softmax-cross-entropy" data-figure="softmax-cross-entropy">
      <div className="worked-controls">
        {logits.map((z, i) => (
          <RangeControl
            key={i}
            label={t('figures.softmax.logit', { label: labels[i] })}
            value={z}
            min={-4}
            max={4}
            step={0.1}
            onChange={(v) => setLogits(logits.map((old, j) => (j === i ? v : old)))}
            format={(v) => fmt(v, 1)}
          />
        ))}
        <SelectControl
          label={t('figures.softmax.trueClass')}
          value={String(target)}
          options={labels.map((l, i) => ({ value: String(i), label: l }))}
          onChange={(v) => setTarget(Number(v))}
        />
      </div>
      <table className="worked-table">
        <caption>{t('figures.softmax.caption', { max: fmt(s.maxLogit, 2) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.softmax.classK')}</th>
            <th scope="col" className="num">
              zₖ
            </th>
            <th scope="col" className="num">
              zₖ − max z
            </th>
            <th scope="col" className="num">
              e^(zₖ − max z)
            </th>
            <th scope="col" className="num">
              pₖ
            </th>
            <th scope="col" className="num">
              yₖ
            </th>
            <th scope="col" className="num">
              ∂L/∂zₖ = pₖ − yₖ
            </th>
          </tr>
        </thead>
        <tbody>
          {s.logits.map((z, k) => (
            <tr key={k} className={k === target ? 'softmax-target' : undefined}>
              <th scope="row">{labels[k]}</th>
              <td className="num">{fmt(z, 2)}</td>
              <td className="num">{fmt(s.shifted[k], 2)}</td>
              <td className="num">{fmt(s.exps[k], 4)}</td>
              <td className="num">{fmt(s.probabilities[k], 4)}</td>
              <td className="num">{s.oneHot[k]}</td>
              <td className="num">{fmt(s.gradient[k], 4)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('figures.softmax.sum')}
            </th>
            <td className="num">{fmt(s.sumExp, 4)}</td>
            <td className="num">{fmt(sum(s.probabilities), 4)}</td>
            <td className="num">{sum(s.oneHot)}</td>
            <td className="num">{fmt(sum(s.gradient), 4)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="worked-result" aria-live="polite">
        L = −Σ yₖ ln pₖ = −ln p({labels[target]}) = −ln {fmt(s.probabilities[target], 4)} ={' '}
        <strong data-value="loss">{fmt(s.loss, 4)}</strong>
      </p>
      <p className="worked-note">{t('figures.softmax.note')}</p>
    </div>
  );
}
