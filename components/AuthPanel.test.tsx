import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { AuthPanel, type SignedOutAuth } from './AuthPanel';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

function renderPanel(auth: SignedOutAuth, note?: string) {
  const clicked: string[] = [];
  render(
    <AuthPanel
      auth={auth}
      apiHost="api.telavox.se"
      now={0}
      onSignIn={() => clicked.push('sign-in')}
      onOpenOptions={() => clicked.push('options')}
      onGrantAccess={() => clicked.push('grant')}
      onRetry={() => clicked.push('retry')}
      note={note}
    />,
  );
  return clicked;
}

describe('AuthPanel', () => {
  it('shows a skeleton while the state is unknown', () => {
    renderPanel({ status: 'unknown' });
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('signed out: sign in, or use a token', () => {
    const clicked = renderPanel({ status: 'signed-out', checkedAt: 1 });
    expect(screen.getByRole('heading').textContent).toBe("You're not signed in to Telavox in this browser");
    fireEvent.click(screen.getByRole('button', { name: 'Sign in to Telavox' }));
    fireEvent.click(screen.getByRole('button', { name: 'Use an API token instead' }));
    expect(clicked).toEqual(['sign-in', 'options']);
  });

  it('token refused: replace it', () => {
    const clicked = renderPanel({ status: 'token-invalid', checkedAt: 1 });
    expect(screen.getByRole('heading').textContent).toBe('Your API token was refused');
    fireEvent.click(screen.getByRole('button', { name: 'Replace token' }));
    expect(clicked).toEqual(['options']);
  });

  it('no permission: names the host and grants access, with a note', () => {
    const clicked = renderPanel({ status: 'no-permission', checkedAt: 1 }, 'Access was not granted.');
    expect(screen.getByText(/access to api.telavox.se/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Grant access' }));
    expect(clicked).toEqual(['grant']);
    expect(screen.getByRole('status').textContent).toBe('Access was not granted.');
  });

  it('unavailable: explains the failure and retries', () => {
    const clicked = renderPanel({ status: 'unavailable', failure: { kind: 'timeout' }, checkedAt: 1 });
    expect(screen.getByText(/Telavox is slow to answer/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(clicked).toEqual(['retry']);
  });
});
