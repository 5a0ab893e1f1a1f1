import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import type { DialOutcome } from '@/lib/model';
import { DialOutcomeView } from './DialOutcomeView';
import type { DialFlowState } from './useDialFlow';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

const flags = { confirmRepeat: false, confirmPremium: false };

function renderOutcome(state: DialFlowState) {
  const clicked: string[] = [];
  render(
    <DialOutcomeView
      state={state}
      now={0}
      onConfirmRepeat={() => clicked.push('repeat')}
      onConfirmPremium={() => clicked.push('premium')}
      onCancel={() => clicked.push('cancel')}
      onSignIn={() => clicked.push('sign-in')}
      onOpenOptions={() => clicked.push('options')}
    />,
  );
  return clicked;
}

const done = (outcome: DialOutcome): DialFlowState => ({ step: 'done', raw: 'x', flags, outcome });

describe('DialOutcomeView', () => {
  it('is an empty live region while idle', () => {
    renderOutcome({ step: 'idle' });
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
  });

  it('says the phone rings', () => {
    renderOutcome(done({ status: 'calling', e164: '+46701740623', display: '070-174 06 23' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Calling your phone… answer it to connect to 070-174 06 23.',
    );
  });

  it('asks before a repeat and before a premium-rate call', () => {
    const clicked = renderOutcome(done({ status: 'needs-repeat-confirmation', display: '070-174 06 23' }));
    expect(screen.getByText('You just called 070-174 06 23. Call again?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Call again' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    cleanup();
    const clickedPremium = renderOutcome(
      done({ status: 'needs-premium-confirmation', display: '0900-123 45 67' }),
    );
    expect(screen.getByText(/0900-123 45 67 is a premium-rate number/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I understand, call this premium-rate number' }));
    expect(clicked).toEqual(['repeat', 'cancel']);
    expect(clickedPremium).toEqual(['premium']);
  });

  it('reports an unknown outcome and offers the fix for sign-in failures', () => {
    const clicked = renderOutcome(
      done({ status: 'failed', failure: { kind: 'token-invalid' }, outcomeUnknown: false }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Replace token' }));
    expect(clicked).toEqual(['options']);
    cleanup();
    renderOutcome(done({ status: 'failed', failure: { kind: 'offline' }, outcomeUnknown: true }));
    expect(screen.getByText('Outcome unknown: check your phone before calling again.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows sending and extension errors', () => {
    renderOutcome({ step: 'sending', raw: 'x' });
    expect(screen.getByText('Placing the call…')).toBeTruthy();
    cleanup();
    renderOutcome({ step: 'error', raw: 'x', message: 'The extension had a problem.' });
    expect(screen.getByText('The extension had a problem.')).toBeTruthy();
  });
});
