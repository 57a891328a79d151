import { useT } from '../../i18n';
import './offline.css';
import { applyUpdate, useOfflineState } from './service-worker';

/**
 * "Available offline" once the service worker has cached the book, and an update prompt when a
 * new version waits. Nothing while there is no service worker (development, prerendered HTML).
 */
export function OfflineStatus() {
  const state = useOfflineState();
  const t = useT();
  if (state === 'update') {
    return (
      <p className="offline-status" role="status" data-offline="update">
        {t('pages.offline.update')}{' '}
        <button type="button" className="offline-reload" onClick={applyUpdate}>
          {t('pages.offline.reload')}
        </button>
      </p>
    );
  }
  return (
    <p className="offline-status" role="status" data-offline={state}>
      {state === 'ready' && (
        <span title={t('pages.offline.readyTitle')}>
          <span aria-hidden="true">✓ </span>
          {t('pages.offline.ready')}
        </span>
      )}
    </p>
  );
}
