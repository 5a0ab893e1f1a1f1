import { t } from '@/lib/i18n';
import type { ActiveCall } from '@/lib/telavox/schemas';
import { directionText, lineStatusText } from '@/lib/ui/presence';

interface ActiveCallBarProps {
  call: ActiveCall;
  /** The other party's number, formatted for display. */
  numberText: string;
  colleagueName: string | null;
  hangingUp: boolean;
  onHangUp: () => void;
}

/**
 * The user's ongoing call, from `me.calls`, with a Hang up button. The hang-up result is announced by the
 * page, because this bar disappears as soon as the call has ended.
 */
export function ActiveCallBar({ call, numberText, colleagueName, hangingUp, onHangUp }: ActiveCallBarProps) {
  return (
    <section class="active-call" aria-label={directionText(call)}>
      <div class="active-call__details">
        <p class="active-call__party">
          {colleagueName ? (
            <>
              <span class="active-call__name">{colleagueName}</span>{' '}
              <span class="active-call__number">{numberText}</span>
            </>
          ) : (
            <span class="active-call__name">{numberText || t('call.unknownNumber')}</span>
          )}
        </p>
        <p class="active-call__state">
          {directionText(call)} · {lineStatusText(call)}
        </p>
      </div>
      <button type="button" class="button button--danger" onClick={onHangUp} disabled={hangingUp}>
        {hangingUp ? t('call.hangingUp') : t('call.hangUp')}
      </button>
    </section>
  );
}
