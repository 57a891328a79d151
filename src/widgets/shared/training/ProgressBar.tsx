/** A labelled progress bar (native <progress>, so screen readers announce it). */
export function ProgressBar({
  label,
  value,
  max,
  detail,
}: {
  label: string;
  value: number;
  max: number;
  detail?: string;
}) {
  return (
    <div className="progress">
      <label>
        <span className="progress-label">{label}</span>
        <progress value={Math.min(value, max)} max={max} />
      </label>
      {detail && <span className="progress-detail">{detail}</span>}
    </div>
  );
}
