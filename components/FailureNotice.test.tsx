import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { FailureNotice } from './FailureNotice';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('FailureNotice', () => {
  it('shows the text as an alert and retries', () => {
    let retries = 0;
    render(<FailureNotice text="<b>Can't reach Telavox</b>" onRetry={() => retries++} />);
    expect(screen.getByRole('alert').textContent).toContain("<b>Can't reach Telavox</b>");
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retries).toBe(1);
  });

  it('has no button without a retry', () => {
    render(<FailureNotice text="Broken" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
