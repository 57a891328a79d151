import '../../i18n/figures/cosine';
import { useState } from 'react';
import { useT } from '../../i18n';
import { compareVectors, seedVectorExample } from '../../ml/worked/vectors';
import { NumberField } from '../shared/controls';
import { decimalsOf, fmt } from '../shared/numbers';
import { CosineScale } from './CosineScale';
import './cosine-similarity.css';

export interface CosineSimilarityProps {
  /** The first vector (default (1, 2, 3)). */
  a?: readonly number[];
  /** The second vector, same length (default (4, 5, 6)). */
  b?: readonly number[];
  /** Let the reader edit the components (default true). */
  editable?: boolean;
}

/**
 * Cosine similarity and Euclidean distance of two vectors, with every product, square and
 * difference in a table. Defaults to seed 003's (1,2,3) and (4,5,6): cosine 32/√(14·77) ≈
 * 0.9746, distance 3√3 ≈ 5.196.
 */
export function CosineSimilarity({
  a: initialA = seedVectorExample.a,
  b: initialB = seedVectorExample.b,
  editable = true,
}: CosineSimilarityProps) {
  const t = useT();
  const [a, setA] = useState<readonly number[]>(initialA);
  const [b, setB] = useState<readonly number[]>(initialB);
  const [version, setVersion] = useState(0);
  const c = compareVectors(a, b);
  const d = Math.max(...a.map((v) => decimalsOf(v, 3)), ...b.map((v) => decimalsOf(v, 3)));
  const d2 = Math.min(2 * d, 4);
  const edited = a.some((v, i) => v !== initialA[i]) || b.some((v, i) => v !== initialB[i]);
  const cell = (vector: 'a' | 'b', i: number, value: number) =>
    editable ? (
      <NumberField
        key={`${version}-${vector}${i}`}
        label={t('figures.cosine.component', { index: i + 1, vector })}
        value={value}
        step={1}
        onChange={(v) => {
          const set = vector === 'a' ? setA : setB;
          const current = vector === 'a' ? a : b;
          set(current.map((x, j) => (j === i ? v : x)));
        }}
      />
    ) : (
      fmt(value, d)
    );

  return (
    <div className="worked cosine-similarity" data-figure="cosine-similarity">
      <table className="worked-table">
        <caption>{t('figures.cosine.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">i</th>
            <th scope="col" className="num">
              aᵢ
            </th>
            <th scope="col" className="num">
              bᵢ
            </th>
            <th scope="col" className="num">
              aᵢ·bᵢ
            </th>
            <th scope="col" className="num">
              aᵢ²
            </th>
            <th scope="col" className="num">
              bᵢ²
            </th>
            <th scope="col" className="num">
              aᵢ − bᵢ
            </th>
            <th scope="col" className="num">
              (aᵢ − bᵢ)²
            </th>
          </tr>
        </thead>
        <tbody>
          {c.terms.map((term) => (
            <tr key={term.index}>
              <th scope="row">{term.index}</th>
              <td className="num">{cell('a', term.index - 1, term.a)}</td>
              <td className="num">{cell('b', term.index - 1, term.b)}</td>
              <td className="num">{fmt(term.product, d2)}</td>
              <td className="num">{fmt(term.aSquared, d2)}</td>
              <td className="num">{fmt(term.bSquared, d2)}</td>
              <td className="num">{fmt(term.difference, d)}</td>
              <td className="num">{fmt(term.differenceSquared, d2)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('figures.cosine.sum')}
            </th>
            <td className="num">a·b = {fmt(c.dot, d2)}</td>
            <td className="num">‖a‖² = {fmt(c.normASquared, d2)}</td>
            <td className="num">‖b‖² = {fmt(c.normBSquared, d2)}</td>
            <td className="num muted">—</td>
            <td className="num">{fmt(c.distanceSquared, d2)}</td>
          </tr>
        </tfoot>
      </table>
      <dl className="cosine-results" aria-live="polite">
        <dt>{t('figures.cosine.norms')}</dt>
        <dd>
          ‖a‖ = √{fmt(c.normASquared, d2)} ≈ {fmt(c.normA, 4)}, ‖b‖ = √{fmt(c.normBSquared, d2)} ≈ {fmt(c.normB, 4)}
        </dd>
        <dt>{t('figures.cosine.similarity')}</dt>
        <dd>
          cos θ = a·b / (‖a‖·‖b‖) = {fmt(c.dot, d2)} / √({fmt(c.normASquared, d2)} · {fmt(c.normBSquared, d2)}) ={' '}
          {fmt(c.dot, d2)} / {fmt(c.normA * c.normB, 4)} ≈ <strong data-value="cosine">{fmt(c.cosine, 4)}</strong>
          {Number.isFinite(c.cosine)
            ? t('figures.cosine.angle', { degrees: fmt(c.angleDegrees, 2) })
            : t('figures.cosine.undefined')}
        </dd>
        <dt>{t('figures.cosine.distance')}</dt>
        <dd>
          ‖a − b‖ = √(Σ (aᵢ − bᵢ)²) = √{fmt(c.distanceSquared, d2)} ≈{' '}
          <strong data-value="distance">{fmt(c.distance, 4)}</strong>
        </dd>
      </dl>
      <CosineScale cosine={c.cosine} />
      {editable && (
        <p className="worked-note">
          {t('figures.cosine.note')}{' '}
          <button
            type="button"
            disabled={!edited}
            onClick={() => {
              setA(initialA);
              setB(initialB);
              setVersion(version + 1);
            }}
          >
            {t('lab.reset')}
          </button>
        </p>
      )}
    </div>
  );
}
