import { useCallback, useRef, useState } from 'preact/hooks';
import { sendRequest } from '@/lib/messaging/protocol';
import type { DialOutcome } from '@/lib/model';
import { requestErrorText } from '@/lib/ui/failure';

export interface DialFlags {
  confirmRepeat: boolean;
  confirmPremium: boolean;
}

export type DialFlowState =
  | { step: 'idle' }
  | { step: 'sending'; raw: string }
  | { step: 'done'; raw: string; flags: DialFlags; outcome: DialOutcome }
  /** The extension itself failed (no answer from the background); Telavox failures are outcomes. */
  | { step: 'error'; raw: string; message: string };

const NO_FLAGS: DialFlags = { confirmRepeat: false, confirmPremium: false };

/**
 * Sends `dial` and walks the user through the background's follow-up questions: a repeat within 10 s and
 * a premium-rate number are re-sent only with the matching confirmation, keeping any earlier one. Never
 * re-sends on its own (telavox-api.md §5.3: a dial is never retried automatically).
 */
export function useDialFlow(options: { confirmationId?: string } = {}) {
  const [state, setState] = useState<DialFlowState>({ step: 'idle' });
  const inFlight = useRef(false);
  const { confirmationId } = options;

  const send = useCallback(
    async (raw: string, flags: DialFlags) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setState({ step: 'sending', raw });
      try {
        const outcome = await sendRequest({ type: 'dial', raw, ...flags, confirmationId });
        setState({ step: 'done', raw, flags, outcome });
      } catch (error) {
        setState({ step: 'error', raw, message: requestErrorText(error) });
      } finally {
        inFlight.current = false;
      }
    },
    [confirmationId],
  );

  const dial = useCallback(
    (raw: string, flags: Partial<DialFlags> = {}) => send(raw, { ...NO_FLAGS, ...flags }),
    [send],
  );

  const confirm = useCallback(
    (question: 'repeat' | 'premium') => {
      if (state.step !== 'done') return;
      const expected = question === 'repeat' ? 'needs-repeat-confirmation' : 'needs-premium-confirmation';
      if (state.outcome.status !== expected) return;
      const flags =
        question === 'repeat'
          ? { ...state.flags, confirmRepeat: true }
          : { ...state.flags, confirmPremium: true };
      return send(state.raw, flags);
    },
    [send, state],
  );

  const reset = useCallback(() => setState({ step: 'idle' }), []);

  return { state, dial, confirm, reset };
}
