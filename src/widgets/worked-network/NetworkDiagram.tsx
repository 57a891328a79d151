import '../../i18n/figures/network';
import { useT } from '../../i18n';
import type { ForwardPass, NetworkParams } from '../../ml/worked/network';
import { fmt, fmtTrim } from '../shared/numbers';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const sub = (n: number) => String(n).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);

const W = 540;
const H = 340;
const R = 22;
const COL = { input: 70, hidden: 270, output: 470 };

/** Evenly spread y positions for `count` nodes. */
function rows(count: number): number[] {
  const gap = (H - 40) / count;
  return Array.from({ length: count }, (_, i) => 20 + gap * (i + 0.5));
}

/** A point a fraction t of the way from (x1, y1) to (x2, y2). */
const along = (x1: number, y1: number, x2: number, y2: number, t: number) => [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t];

/**
 * The worked network as a diagram: inputs, hidden units and the output with their values,
 * edges labelled with their weights (width ∝ |w|, colour by sign).
 */
export function NetworkDiagram({
  params,
  x,
  pass,
}: {
  params: NetworkParams;
  x: readonly number[];
  pass: ForwardPass;
}) {
  const t = useT();
  const inY = rows(x.length);
  const hidY = rows(params.w1.length);
  const outY = H / 2 - 10;
  const edge = (w: number) => ({
    stroke: w >= 0 ? 'var(--accent)' : 'var(--warning)',
    strokeWidth: 1 + 3 * Math.min(1, Math.abs(w)),
  });
  const label = t('figures.network.diagram', {
    inputs: x.map((v, j) => `x${sub(j + 1)} = ${fmtTrim(v)}`).join(', '),
    hidden: pass.a1.map((a, i) => `a¹${sub(i + 1)} = ${fmt(a, 4)}`).join(', '),
    output: fmt(pass.yHat, 4),
  });

  return (
    <svg className="network-diagram" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {params.w1.map((row, i) =>
        row.map((w, j) => {
          const [lx, ly] = along(COL.input, inY[j], COL.hidden, hidY[i], 0.75);
          return (
            <g key={`e1-${i}-${j}`}>
              <line x1={COL.input} y1={inY[j]} x2={COL.hidden} y2={hidY[i]} style={edge(w)} />
              <text x={lx} y={ly - 4} className="network-weight" textAnchor="middle">
                {fmtTrim(w, 3)}
              </text>
            </g>
          );
        }),
      )}
      {params.w2.map((w, i) => {
        const [lx, ly] = along(COL.hidden, hidY[i], COL.output, outY, 0.45);
        return (
          <g key={`e2-${i}`}>
            <line x1={COL.hidden} y1={hidY[i]} x2={COL.output} y2={outY} style={edge(w)} />
            <text x={lx} y={ly - 4} className="network-weight" textAnchor="middle">
              {fmtTrim(w, 3)}
            </text>
          </g>
        );
      })}
      {x.map((v, j) => (
        <Node key={`x${j}`} cx={COL.input} cy={inY[j]} name={`x${sub(j + 1)}`} value={fmtTrim(v, 3)} />
      ))}
      {pass.a1.map((a, i) => (
        <Node
          key={`h${i}`}
          cx={COL.hidden}
          cy={hidY[i]}
          name={`a¹${sub(i + 1)}`}
          value={fmt(a, 3)}
          note={`z = ${fmt(pass.z1[i], 3)}`}
          dim={a === 0}
        />
      ))}
      <Node cx={COL.output} cy={outY} name="ŷ" value={fmt(pass.yHat, 3)} note={`z² = ${fmt(pass.z2, 3)}`} />
    </svg>
  );
}

function Node({
  cx,
  cy,
  name,
  value,
  note,
  dim = false,
}: {
  cx: number;
  cy: number;
  name: string;
  value: string;
  note?: string;
  dim?: boolean;
}) {
  return (
    <g className={dim ? 'network-node network-node-dim' : 'network-node'}>
      <circle cx={cx} cy={cy} r={R} />
      <text x={cx} y={cy + 4} textAnchor="middle" className="network-node-value">
        {value}
      </text>
      <text x={cx} y={cy - R - 5} textAnchor="middle" className="network-node-name">
        {name}
      </text>
      {note && (
        <text x={cx} y={cy + R + 14} textAnchor="middle" className="network-node-note">
          {note}
        </text>
      )}
    </g>
  );
}
