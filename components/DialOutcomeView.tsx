import { t } from '@/lib/i18n';
import { failureText, refusalText } from '@/lib/ui/failure';
import type { MaybeTrustedEvent } from '@/lib/ui/trusted';
import type { DialFlowState } from './useDialFlow';

interface DialOutcomeViewProps {
  state: DialFlowState;
  now: number;
  /** Receives the click, so a caller can insist on a trusted one. */
  onConfirmRepeat: (event: MaybeTrustedEvent) => void;
  onConfirmPremium: (event: MaybeTrustedEvent) => void;
  onCancel: () => void;
  onSignIn: () => void;
  onOpenOptions: () => void;
}

/**
 * The result of a dial, in words, with the follow-up question when the background asks one. Lives in an
 * always-present live region so every outcome is announced.
 */
export function DialOutcomeView(props: DialOutcomeViewProps) {
  return (
    <div class="dial-outcome" role="status" aria-live="polite">
      <OutcomeContent {...props} />
    </div>
  );
}

function OutcomeContent({
  state,
  now,
  onConfirmRepeat,
  onConfirmPremium,
  onCancel,
  onSignIn,
  onOpenOptions,
}: DialOutcomeViewProps) {
  if (state.step === 'idle') return null;
  if (state.step === 'sending') return <p class="notice notice--info">{t('outcome.sending')}</p>;
  if (state.step === 'error') return <p class="notice notice--error">{state.message}</p>;
  const { outcome } = state;
  switch (outcome.status) {
    case 'calling':
      return <p class="notice notice--success">{t('outcome.calling', { number: outcome.display })}</p>;
    case 'needs-repeat-confirmation':
      return (
        <div class="notice notice--warning">
          <p class="notice__text">{t('outcome.repeat', { number: outcome.display })}</p>
          <div class="notice__actions">
            <button type="button" class="button button--primary" onClick={onConfirmRepeat}>
              {t('outcome.repeatConfirm')}
            </button>
            <button type="button" class="button button--secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      );
    case 'needs-premium-confirmation':
      return (
        <div class="notice notice--warning">
          <p class="notice__text">{t('outcome.premium', { number: outcome.display })}</p>
          <div class="notice__actions">
            <button type="button" class="button button--warning" onClick={onConfirmPremium}>
              {t('outcome.premiumConfirm')}
            </button>
            <button type="button" class="button button--secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      );
    case 'busy':
      return <p class="notice notice--warning">{t('outcome.busy')}</p>;
    case 'refused':
      return <p class="notice notice--error">{refusalText(outcome.reason)}</p>;
    case 'failed':
      return (
        <div class="notice notice--error">
          {outcome.outcomeUnknown && (
            <p class="notice__text notice__text--strong">{t('outcome.outcomeUnknown')}</p>
          )}
          <p class="notice__text">{failureText(outcome.failure, now)}</p>
          {outcome.failure.kind === 'signed-out' && (
            <button type="button" class="button button--primary" onClick={onSignIn}>
              {t('auth.signedOut.signIn')}
            </button>
          )}
          {outcome.failure.kind === 'token-invalid' && (
            <button type="button" class="button button--primary" onClick={onOpenOptions}>
              {t('auth.tokenInvalid.replace')}
            </button>
          )}
        </div>
      );
  }
}
