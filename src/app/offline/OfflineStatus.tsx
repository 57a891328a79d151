import './offline.css';
import { applyUpdate, useOfflineState } from './service-worker';

/**
 * "Available offline" once the service worker has cached the book, and an update prompt when a
 * new version waits. Nothing while there is no service worker (development, prerendered HTML).
 */
export function OfflineStatus() {
  const state = useOfflineState();
  if (state === 'update') {
    return (
      <p className="offline-status" role="status" data-offline="update">
        Update available —{' '}
        <button type="button" className="offline-reload" onClick={applyUpdate}>
          Reload
        </button>
      </p>
    );
  }
  return (
    <p className="offline-status" role="status" data-offline={state}>
      {state === 'ready' && (
        <span title="Every chapter, lab and lecture of this book now works without a network connection.">
          <span aria-hidden="true">✓ </span>Available offline
        </span>
      )}
    </p>
  );
}
