/** Plain-text arithmetic for the worked-network tables, e.g. "0.1·0.5 + 0.2·0.5 + 0.1". */
import { fmtTrim } from '../shared/numbers';

/** Σ coefficientₖ·valueₖ + bias, written out with the signs folded in ("− 0.5·0.5", not "+ -0.5·0.5"). */
export function weightedSumExpression(terms: readonly (readonly [number, number])[], bias: number): string {
  const parts = [
    ...terms.map(([w, v]) => [w, `${fmtTrim(Math.abs(w))}·${v < 0 ? `(${fmtTrim(v)})` : fmtTrim(v)}`] as const),
    [bias, fmtTrim(Math.abs(bias))] as const,
  ];
  return parts
    .map(([sign, text], k) => {
      const negative = sign < 0;
      if (k === 0) return negative ? `−${text}` : text;
      return `${negative ? '−' : '+'} ${text}`;
    })
    .join(' ');
}
