import { t } from '@/lib/i18n';

/** Grey placeholder lines of a fixed height, so the layout does not jump when the data arrives. */
export function Skeleton({ lines = 3 }: { lines?: number }) {
  return (
    <div class="skeleton" role="status" aria-busy="true">
      <span class="visually-hidden">{t('common.loading')}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} class="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}
