import type { ReactNode } from 'react';
import { useT } from '../../../i18n';
import '../../../i18n/lab-strings';

/**
 * A lab's error (or important notice) with a Dismiss button, announced by screen readers
 * (role="alert"). Renders nothing without a message.
 */
export function LabAlert({
  message,
  onDismiss,
  className = 'lab-error',
}: {
  message: ReactNode;
  onDismiss(): void;
  className?: string;
}) {
  const t = useT();
  if (!message) return null;
  return (
    <div role="alert" className={className}>
      {message}{' '}
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('labUi.common.dismiss')}
      </button>
    </div>
  );
}
