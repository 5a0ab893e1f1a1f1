import { t } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { ParsedNumber } from '@/lib/model';
import { refusalText } from '@/lib/ui/failure';

export type PreviewResponse = ResponseOf<'preview-number'>;

/** The hints that belong to a parsed number: colleague, extension to key in, cost warnings. */
export function NumberFacts({ parsed }: { parsed: ParsedNumber }) {
  return (
    <>
      {parsed.colleague && (
        <p class="number-facts__colleague">{t('dialer.colleague', { name: parsed.colleague.name })}</p>
      )}
      {parsed.extension && (
        <p class="number-facts__hint">{t('dialer.extensionHint', { extension: parsed.extension })}</p>
      )}
      {parsed.kind === 'premium' && <p class="notice notice--warning">{t('dialer.premium')}</p>}
      {parsed.kind === 'shared-cost' && <p class="notice notice--info">{t('dialer.sharedCost')}</p>}
    </>
  );
}

/**
 * What the typed text will become: the number exactly as it will be dialled, or why it can't be. An empty
 * field shows nothing, so typing the first digit does not flash a refusal.
 */
export function NumberPreview({ preview, id }: { preview: PreviewResponse | null; id?: string }) {
  return (
    <div class="number-preview" id={id} aria-live="polite">
      {preview?.ok === true && (
        <>
          <p class="number-preview__display">{t('dialer.willDial', { number: preview.parsed.display })}</p>
          <NumberFacts parsed={preview.parsed} />
        </>
      )}
      {preview?.ok === false && preview.reason !== 'empty' && (
        <p class="number-preview__refusal">{refusalText(preview.reason)}</p>
      )}
    </div>
  );
}
