import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import type { ParsedNumber } from '@/lib/model';
import { extensionFixture } from '@/lib/ui/testing/fake-background';
import { NumberPreview } from './NumberPreview';

const parsed: ParsedNumber = {
  e164: '+46701740623',
  display: '070-174 06 23',
  dialString: '0046701740623',
  kind: 'standard',
  colleague: null,
};

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('NumberPreview', () => {
  it('shows the number as dialled with colleague and extension hint', () => {
    render(
      <NumberPreview
        preview={{
          ok: true,
          parsed: { ...parsed, extension: '123', colleague: extensionFixture({ name: 'Bo' }) },
        }}
      />,
    );
    expect(screen.getByText('Will call 070-174 06 23')).toBeTruthy();
    expect(screen.getByText('Colleague: Bo')).toBeTruthy();
    expect(screen.getByText('Extension 123: enter it when the call connects')).toBeTruthy();
  });

  it('warns about premium rate and notes shared cost', () => {
    const { rerender } = render(
      <NumberPreview preview={{ ok: true, parsed: { ...parsed, kind: 'premium' } }} />,
    );
    expect(screen.getByText(/Premium-rate number/)).toBeTruthy();
    rerender(<NumberPreview preview={{ ok: true, parsed: { ...parsed, kind: 'shared-cost' } }} />);
    expect(screen.getByText(/Shared-cost number/)).toBeTruthy();
    expect(screen.queryByText(/Premium-rate number/)).toBeNull();
  });

  it.each([
    ['emergency', 'Emergency number: call this number directly from your phone.'],
    ['short-code', 'Short number: call this number directly from your phone.'],
    ['invalid', 'This is not a valid phone number.'],
  ] as const)('explains a %s refusal', (reason, text) => {
    render(<NumberPreview preview={{ ok: false, reason }} />);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('stays quiet for an empty field', () => {
    const { container } = render(<NumberPreview preview={{ ok: false, reason: 'empty' }} />);
    expect(container.textContent).toBe('');
  });
});
