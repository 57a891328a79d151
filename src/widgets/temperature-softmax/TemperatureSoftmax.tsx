import '../../i18n/figures/temperature';
import { useState } from 'react';
import { useT } from '../../i18n';
import { digitClasses, entropyBits, softmaxWithTemperature, teacherLogits } from '../../ml/worked/distillation';
import { RangeControl } from '../shared/controls';
import { fmt } from '../shared/numbers';
import './temperature-softmax.css';

export interface TemperatureSoftmaxProps {
  /** The temperature shown first (default 4). */
  temperature?: number;
}

/** Slider positions: 0.5 … 20. */
const MIN_T = 0.5;
const MAX_T = 20;

/**
 * A teacher's ten logits for one handwritten "3", turned into probabilities by the softmax at
 * T = 1 and at the temperature on the slider: the table and bars show the soft targets a student
 * is trained to match, and the entropy shows how much spread the temperature adds.
 */
export function TemperatureSoftmax({ temperature: initial = 4 }: TemperatureSoftmaxProps) {
  const tr = useT();
  const [t, setT] = useState(initial);
  const hard = softmaxWithTemperature(teacherLogits, 1);
  const soft = softmaxWithTemperature(teacherLogits, t);
  const width = 420;
  const barH = 12;
  const rowH = 18;
  const left = 24;
  const scale = width - left - 60;

  return (
    <div className="worked temperature-softmax" data-figure="temperature-softmax">
      <div className="worked-controls">
        <RangeControl
          label={tr('figures.temperature.temperature')}
          value={t}
          min={MIN_T}
          max={MAX_T}
          step={0.5}
          onChange={setT}
          format={(v) => fmt(v, 1)}
        />
      </div>
      <div className="temperature-panels">
        <table className="worked-table">
          <caption>{tr('figures.temperature.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('figures.temperature.class')}</th>
              <th scope="col" className="num">
                {tr('figures.temperature.logit')}
              </th>
              <th scope="col" className="num">
                {tr('figures.temperature.pAt1')}
              </th>
              <th scope="col" className="num">
                {tr('figures.temperature.pAtT', { t: fmt(t, 1) })}
              </th>
            </tr>
          </thead>
          <tbody>
            {digitClasses.map((name, i) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="num">{fmt(teacherLogits[i], 1)}</td>
                <td className="num" data-value={`p1-${name}`}>
                  {fmt(hard[i], 4)}
                </td>
                <td className="num" data-value={`pt-${name}`}>
                  {fmt(soft[i], 4)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {tr('figures.temperature.entropy')}
              </th>
              <td className="num" data-value="entropy-1">
                {fmt(entropyBits(hard), 3)}
              </td>
              <td className="num" data-value="entropy-t">
                {fmt(entropyBits(soft), 3)}
              </td>
            </tr>
          </tfoot>
        </table>
        <svg
          className="temperature-bars"
          viewBox={`0 0 ${width} ${digitClasses.length * rowH + 8}`}
          role="img"
          aria-label={tr('figures.temperature.barsLabel', {
            t: fmt(t, 1),
            hard: fmt(hard[3], 4),
            soft: fmt(soft[3], 4),
          })}
        >
          {digitClasses.map((name, i) => (
            <g key={name} transform={`translate(0 ${i * rowH + 4})`}>
              <text x={0} y={barH - 1}>
                {name}
              </text>
              <rect x={left} y={0} width={Math.max(0.5, soft[i] * scale)} height={barH} className="temperature-soft" />
              <rect
                x={left}
                y={barH / 2 - 1.5}
                width={Math.max(0.5, hard[i] * scale)}
                height={3}
                className="temperature-hard"
              />
              <text x={left + Math.max(hard[i], soft[i]) * scale + 4} y={barH - 1}>
                {fmt(soft[i], 3)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <p className="worked-note">{tr('figures.temperature.note')}</p>
    </div>
  );
}
