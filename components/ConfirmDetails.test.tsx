import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import type { Confirmation, ParsedNumber } from '@/lib/model';
import { extensionFixture, signedIn } from '@/lib/ui/testing/fake-background';
import { ConfirmDetails } from './ConfirmDetails';

const parsed: ParsedNumber = {
  e164: '+46701740623',
  display: '070-174 06 23',
  dialString: '0046701740623',
  kind: 'standard',
  colleague: null,
};
const confirmation: Confirmation = {
  id: 'c1',
  raw: '070-174 06 23',
  origin: 'page',
  site: 'crm.example.com',
  createdAt: 1,
};

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('ConfirmDetails', () => {
  it('shows the number, site, caller identity and colleague', () => {
    render(
      <ConfirmDetails
        parsed={{ ...parsed, colleague: extensionFixture({ name: 'Bo Berg' }), extension: '123' }}
        confirmation={confirmation}
        auth={signedIn(extensionFixture({ name: 'Anna', extension: '0812345600' }))}
      />,
    );
    expect(screen.getByText('070-174 06 23')).toBeTruthy();
    expect(screen.getByText('Found on crm.example.com')).toBeTruthy();
    expect(screen.getByText('Calls from your phone: Anna (0812345600)')).toBeTruthy();
    expect(screen.getByText('Colleague: Bo Berg')).toBeTruthy();
    expect(screen.getByText('Extension 123: enter it when the call connects')).toBeTruthy();
  });

  it('names the context menu or shortcut when there is no site, and warns about cost', () => {
    const { rerender } = render(
      <ConfirmDetails
        parsed={{ ...parsed, kind: 'premium' }}
        confirmation={{ ...confirmation, site: null, origin: 'shortcut' }}
        auth={{ status: 'signed-out', checkedAt: 1 }}
      />,
    );
    expect(screen.getByText('From the keyboard shortcut')).toBeTruthy();
    expect(screen.getByText(/Premium-rate number/)).toBeTruthy();
    expect(screen.queryByText(/Calls from your phone/)).toBeNull();
    rerender(
      <ConfirmDetails
        parsed={{ ...parsed, kind: 'shared-cost' }}
        confirmation={{ ...confirmation, site: null, origin: 'context-menu' }}
        auth={{ status: 'signed-out', checkedAt: 1 }}
      />,
    );
    expect(screen.getByText('From the context menu')).toBeTruthy();
    expect(screen.getByText(/Shared-cost number/)).toBeTruthy();
  });
});
