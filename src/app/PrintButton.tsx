import { printWhenReady } from '../lib/print-mode';

/** "Print": draws every diagram of the page first, then opens the print dialog. */
export function PrintButton({ label = 'Print' }: { label?: string }) {
  return (
    <button type="button" className="print-button" onClick={() => void printWhenReady()}>
      {label}
    </button>
  );
}
