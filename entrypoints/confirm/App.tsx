import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { AuthPanel } from '@/components/AuthPanel';
import { ConfirmDetails } from '@/components/ConfirmDetails';
import { DialOutcomeView } from '@/components/DialOutcomeView';
import { FailureNotice } from '@/components/FailureNotice';
import { Skeleton } from '@/components/Skeleton';
import { useDialFlow } from '@/components/useDialFlow';
import { getTelavoxConfig } from '@/lib/config';
import { t } from '@/lib/i18n';
import { sendRequest } from '@/lib/messaging/protocol';
import type { ParsedNumber } from '@/lib/model';
import { refusalText } from '@/lib/ui/failure';
import { type MaybeTrustedEvent, trustedOnly } from '@/lib/ui/trusted';
import { type ConfirmationData, useConfirmation } from './useConfirmation';

export const CLOSE_AFTER_CALLING_MS = 2500;

interface ConfirmAppProps {
  id: string;
  /** Closes the window; `window.close()` in the page. */
  closeWindow: () => void;
  /** Decides whether an event came from the user. Only tests replace it, to simulate a real click. */
  isTrusted?: (event: MaybeTrustedEvent) => boolean;
  /**
   * How long the Call button stays inactive after the window appears, so a click or Enter meant for the
   * page underneath can't land on it (the input protection browsers give their own permission prompts).
   */
  armDelayMs?: number;
}

export const ARM_DELAY_MS = 600;

const byBrowser = (event: MaybeTrustedEvent) => event.isTrusted;

/** The confirmation window: the only place a call that started on a web page can be placed from. */
export function ConfirmApp({
  id,
  closeWindow,
  isTrusted = byBrowser,
  armDelayMs = ARM_DELAY_MS,
}: ConfirmAppProps) {
  const load = useConfirmation(id);
  return (
    <main class="confirm">
      <h1 class="confirm__title">{t('confirm.title')}</h1>
      {load.step === 'loading' && <Skeleton lines={3} />}
      {load.step === 'error' && <FailureNotice text={load.message} />}
      {load.step === 'loaded' && (
        <ConfirmBody
          id={id}
          data={load.data}
          closeWindow={closeWindow}
          isTrusted={isTrusted}
          armDelayMs={armDelayMs}
        />
      )}
    </main>
  );
}

function ConfirmBody({
  id,
  data,
  closeWindow,
  isTrusted,
  armDelayMs,
}: {
  id: string;
  data: ConfirmationData;
  closeWindow: () => void;
  isTrusted: (event: MaybeTrustedEvent) => boolean;
  armDelayMs: number;
}) {
  const { confirmation, preview, auth } = data;

  const cancel = useCallback(() => {
    sendRequest({ type: 'cancel-confirmation', id })
      .catch(() => undefined)
      .finally(closeWindow);
  }, [id, closeWindow]);

  if (!confirmation || !preview) {
    return <Refusal text={t('confirm.notFound')} onClose={closeWindow} />;
  }
  if (!preview.ok) return <Refusal text={refusalText(preview.reason)} onClose={cancel} />;
  if (auth.status !== 'signed-in') {
    return (
      <>
        <AuthPanel
          auth={auth}
          apiHost={new URL(getTelavoxConfig().apiUrl).host}
          now={Date.now()}
          onSignIn={() => void sendRequest({ type: 'sign-in' }).catch(() => undefined)}
          onOpenOptions={() => void sendRequest({ type: 'open-options' }).catch(() => undefined)}
          // Granting access belongs to the popup; here the user is sent to sign in or to the settings.
          onGrantAccess={() => void sendRequest({ type: 'open-options' }).catch(() => undefined)}
          onRetry={() => location.reload()}
        />
        <div class="confirm__actions">
          <button type="button" class="button button--secondary" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </>
    );
  }
  return (
    <ReadyToCall
      raw={confirmation.raw}
      id={id}
      parsed={preview.parsed}
      details={<ConfirmDetails parsed={preview.parsed} confirmation={confirmation} auth={auth} />}
      onCancel={cancel}
      closeWindow={closeWindow}
      isTrusted={isTrusted}
      armDelayMs={armDelayMs}
    />
  );
}

function ReadyToCall({
  raw,
  id,
  parsed,
  details,
  onCancel,
  closeWindow,
  isTrusted,
  armDelayMs,
}: {
  raw: string;
  id: string;
  parsed: ParsedNumber;
  details: ComponentChildren;
  onCancel: () => void;
  closeWindow: () => void;
  isTrusted: (event: MaybeTrustedEvent) => boolean;
  armDelayMs: number;
}) {
  const dialFlow = useDialFlow({ confirmationId: id });
  const [armed, setArmed] = useState(armDelayMs <= 0);
  useEffect(() => {
    if (armDelayMs <= 0) return;
    const timer = setTimeout(() => setArmed(true), armDelayMs);
    return () => clearTimeout(timer);
  }, [armDelayMs]);
  const [premiumStep, setPremiumStep] = useState(false);
  const callButton = useRef<HTMLButtonElement>(null);
  const isPremium = parsed.kind === 'premium';
  const { state } = dialFlow;
  const started = state.step !== 'idle';
  const calling = state.step === 'done' && state.outcome.status === 'calling';
  const asking =
    state.step === 'done' &&
    (state.outcome.status === 'needs-repeat-confirmation' ||
      state.outcome.status === 'needs-premium-confirmation');
  const finished = (state.step === 'done' && !calling && !asking) || state.step === 'error';

  useEffect(() => {
    if (!calling) return;
    const timer = setTimeout(closeWindow, CLOSE_AFTER_CALLING_MS);
    return () => clearTimeout(timer);
  }, [calling, closeWindow]);

  const onCall = trustedOnly(() => {
    if (!armed) return;
    if (isPremium) setPremiumStep(true);
    else void dialFlow.dial(raw);
  }, isTrusted);
  const onPremiumCall = trustedOnly(() => void dialFlow.dial(raw, { confirmPremium: true }), isTrusted);
  const onConfirmRepeat = trustedOnly(() => void dialFlow.confirm('repeat'), isTrusted);
  const onConfirmPremium = trustedOnly(() => void dialFlow.confirm('premium'), isTrusted);

  const latest = useRef({ onCall, onCancel, started, isPremium });
  latest.current = { onCall, onCancel, started, isPremium };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { onCall: call, onCancel: cancel, started: busy, isPremium: premium } = latest.current;
      if (event.key === 'Escape') {
        event.preventDefault();
        cancel();
        return;
      }
      // A focused button handles Enter itself; a premium-rate number always needs the explicit clicks.
      const onButton = event.target instanceof HTMLElement && event.target.closest('button, a') !== null;
      if (event.key === 'Enter' && !onButton && !busy && !premium) {
        event.preventDefault();
        call(event);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (armed) callButton.current?.focus();
  }, [armed]);

  return (
    <>
      {details}
      <DialOutcomeView
        state={state}
        now={Date.now()}
        onConfirmRepeat={onConfirmRepeat}
        onConfirmPremium={onConfirmPremium}
        onCancel={onCancel}
        onSignIn={() => void sendRequest({ type: 'sign-in' }).catch(() => undefined)}
        onOpenOptions={() => void sendRequest({ type: 'open-options' }).catch(() => undefined)}
      />
      {calling && <p class="confirm__closing">{t('confirm.closing')}</p>}
      {finished && (
        <div class="confirm__actions">
          <button type="button" class="button button--secondary" onClick={onCancel}>
            {t('common.close')}
          </button>
        </div>
      )}
      {!started && (
        <div class="confirm__actions">
          {premiumStep ? (
            <button type="button" class="button button--warning" onClick={onPremiumCall}>
              {t('outcome.premiumConfirm')}
            </button>
          ) : (
            <button
              type="button"
              class="button button--primary"
              ref={callButton}
              disabled={!armed}
              onClick={onCall}
            >
              {t('confirm.call')}
            </button>
          )}
          <button type="button" class="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </>
  );
}

function Refusal({ text, onClose }: { text: string; onClose: () => void }) {
  return (
    <>
      <p class="notice notice--error" role="alert">
        {text}
      </p>
      <div class="confirm__actions">
        <button type="button" class="button button--secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </>
  );
}
