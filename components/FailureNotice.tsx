import { t } from '@/lib/i18n';

/** A failure explained in words, with an optional retry. Announced to screen readers as an alert. */
export function FailureNotice({ text, onRetry }: { text: string; onRetry?: () => void }) {
  return (
    <div class="notice notice--error" role="alert">
      <p class="notice__text">{text}</p>
      {onRetry && (
        <button type="button" class="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
