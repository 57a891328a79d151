import { memo } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
export interface ModelStoreProps {
  savedAt?: string | null;
  onSave(): void;
  onLoad(): void;
  onDownload(): void;
  disabled: boolean;
}

/** Save the model with its vocabulary in this browser (IndexedDB), load it back, or download it as files. */
export const ModelStore = memo(function ModelStore({ savedAt, onSave, onLoad, onDownload, disabled }: ModelStoreProps) {
  const t = useT();
  return (
    <div className="model-store" role="group" aria-label={t('labUi.sentiment.keepTitle')}>
      <button type="button" onClick={onSave} disabled={disabled}>
        {t('labUi.sentiment.saveHere')}
      </button>
      <button type="button" onClick={onLoad} disabled={disabled || !savedAt}>
        {t('labUi.sentiment.loadSaved')}
      </button>
      <button type="button" onClick={onDownload} disabled={disabled}>
        {t('labUi.sentiment.download')}
      </button>
      <span className="saved-at" data-saved-at={savedAt ?? undefined}>
        {savedAt
          ? t('labUi.sentiment.savedAt', { when: new Date(savedAt).toLocaleString() })
          : t('labUi.sentiment.nothingSaved')}
      </span>
    </div>
  );
});
