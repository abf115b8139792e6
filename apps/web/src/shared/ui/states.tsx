import type { ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import { Icon } from './icons.tsx';

/** A placeholder the size of what is coming, announced politely to screen readers. */
export function LoadingState({ height = 240, label }: { height?: number; label?: string }) {
  const { t } = useI18n();
  return (
    <div className="loading" style={{ minHeight: height }} role="status" aria-live="polite" data-state="loading">
      <span className="loading__bar" />
      <span className="loading__text">{label ?? t.states.loading}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="notice notice--error" role="alert" data-state="error">
      <Icon name="warning" />
      <div>
        <p className="notice__title">{t.states.errorTitle}</p>
        <p className="notice__detail">{detail}</p>
        <p>{t.states.errorHint}</p>
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t.states.retry}
          </button>
        )}
      </div>
    </div>
  );
}

export function EmptyState({ title, hint }: { title?: string; hint?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--empty" data-state="empty">
      <Icon name="info" />
      <div>
        <p className="notice__title">{title ?? t.states.empty}</p>
        <p>{hint ?? t.states.emptyHint}</p>
      </div>
    </div>
  );
}
