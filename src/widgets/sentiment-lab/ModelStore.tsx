import { memo } from 'react';
export interface ModelStoreProps {
  savedAt?: string | null;
  onSave(): void;
  onLoad(): void;
  onDownload(): void;
  disabled: boolean;
}

/** Save the model with its vocabulary in this browser (IndexedDB), load it back, or download it as files. */
export const ModelStore = memo(function ModelStore({ savedAt, onSave, onLoad, onDownload, disabled }: ModelStoreProps) {
  return (
    <div className="model-store" role="group" aria-label="Keep the model">
      <button type="button" onClick={onSave} disabled={disabled}>
        Save in this browser
      </button>
      <button type="button" onClick={onLoad} disabled={disabled || !savedAt}>
        Load saved model
      </button>
      <button type="button" onClick={onDownload} disabled={disabled}>
        Download model files
      </button>
      <span className="saved-at" data-saved-at={savedAt ?? undefined}>
        {savedAt ? `Saved ${new Date(savedAt).toLocaleString()}` : 'Nothing saved yet'}
      </span>
    </div>
  );
});
