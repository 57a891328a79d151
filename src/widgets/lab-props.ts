/**
 * What every lab component receives from `<Lab name="…" preset="…" />`. Labs that have no
 * presets ignore it; a lab that has some documents its names (e.g. mlp-playground/presets.ts).
 */
export interface LabProps {
  /** A named starting configuration the lab knows, e.g. "overfitting". */
  preset?: string;
}
