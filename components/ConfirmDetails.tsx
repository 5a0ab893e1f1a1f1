import { t } from '@/lib/i18n';
import type { AuthState, Confirmation, ParsedNumber } from '@/lib/model';
import { NumberFacts } from './NumberPreview';

interface ConfirmDetailsProps {
  parsed: ParsedNumber;
  confirmation: Confirmation;
  auth: AuthState;
}

/**
 * What the user agrees to: the number exactly as it will be dialled, where the request came from, and
 * which phone will ring first (number-detection.md §7.3).
 */
export function ConfirmDetails({ parsed, confirmation, auth }: ConfirmDetailsProps) {
  return (
    <div class="confirm-details">
      <p class="confirm-details__number">{parsed.display}</p>
      <NumberFacts parsed={parsed} />
      <p class="confirm-details__source">{sourceText(confirmation)}</p>
      {auth.status === 'signed-in' && (
        <p class="confirm-details__identity">
          {t('confirm.callerIdentity', { name: auth.me.name, extension: auth.me.extension })}
        </p>
      )}
    </div>
  );
}

function sourceText(confirmation: Confirmation): string {
  if (confirmation.site) return t('confirm.fromSite', { site: confirmation.site });
  if (confirmation.origin === 'shortcut') return t('confirm.fromShortcut');
  return t('confirm.fromContextMenu');
}
