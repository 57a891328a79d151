import type { ReactNode } from 'react';

/**
 * One live value: a label and the plain number in `data-metric` (the browser tests and
 * assistive technology read the text content, so it carries no units).
 */
export function Metric({ name, label, value, unit }: { name: string; label: ReactNode; value: string; unit?: string }) {
  return (
    <div className="metric">
      <dt>{label}</dt>
      <dd>
        <span data-metric={name}>{value}</span>
        {unit && <span className="metric-unit"> {unit}</span>}
      </dd>
    </div>
  );
}
