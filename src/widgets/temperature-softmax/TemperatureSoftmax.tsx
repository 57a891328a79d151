import { useState } from 'react';
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
          label="Temperature T"
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
          <caption>Teacher’s output for an image of a 3</caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col" className="num">
                Logit z
              </th>
              <th scope="col" className="num">
                p at T = 1
              </th>
              <th scope="col" className="num">
                p at T = {fmt(t, 1)}
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
                Entropy (bits)
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
          aria-label={`Probabilities of the ten digits at T = 1 (thin bars) and at T = ${fmt(t, 1)} (thick bars); the 3 gets ${fmt(hard[3], 4)} and ${fmt(soft[3], 4)}.`}
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
      <p className="worked-note">
        At T = 1 almost all probability sits on the 3. Raising T keeps the order of the classes but lets the student see
        that this 3 looks more like a 5 or an 8 than like a 4: information a one-hot label does not carry.
      </p>
    </div>
  );
}
