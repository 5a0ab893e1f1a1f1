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
        <ConfirmQuestion
          question={t('outcome.repeat', { number: outcome.display })}
          confirmLabel={t('outcome.repeatConfirm')}
          confirmClass="button--primary"
          onConfirm={onConfirmRepeat}
          onCancel={onCancel}
        />
      );
    case 'needs-premium-confirmation':
      return (
        <ConfirmQuestion
          question={t('outcome.premium', { number: outcome.display })}
          confirmLabel={t('outcome.premiumConfirm')}
          confirmClass="button--warning"
          onConfirm={onConfirmPremium}
          onCancel={onCancel}
        />
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

/** The background's follow-up question (a repeat, a premium rate) with its confirm and cancel buttons. */
function ConfirmQuestion(props: {
  question: string;
  confirmLabel: string;
  confirmClass: string;
  onConfirm: (event: MaybeTrustedEvent) => void;
  onCancel: () => void;
}) {
  return (
    <div class="notice notice--warning">
      <p class="notice__text">{props.question}</p>
      <div class="notice__actions">
        <button type="button" class={`button ${props.confirmClass}`} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
