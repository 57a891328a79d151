/** A number with a fixed count of decimals, or "—" when it is not finite. */
export function formatNumber(value: number, decimals = 2): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '—';
}
