import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { extensionFixture } from '@/lib/ui/testing/fake-background';
import { StatusHeader } from './StatusHeader';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('StatusHeader', () => {
  it('shows name, extension, presence, until and message as text', () => {
    render(
      <StatusHeader
        me={extensionFixture({
          name: '<img src=x onerror=alert(1)>',
          extension: '0812345600',
          profile: { available: false, name: 'Möte', until: '2024-03-15 15:00:00', message: 'In a meeting' },
        })}
      />,
    );
    expect(screen.getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('Extension 0812345600')).toBeTruthy();
    expect(screen.getByText('Möte')).toBeTruthy();
    expect(screen.getByText('until 2024-03-15 15:00:00')).toBeTruthy();
    expect(screen.getByText('In a meeting')).toBeTruthy();
  });

  it('shows the generic label and no until when there is none', () => {
    const { container } = render(
      <StatusHeader
        me={extensionFixture({ profile: { available: true, name: '', until: null, message: null } })}
      />,
    );
    expect(screen.getByText('Available')).toBeTruthy();
    expect(container.textContent).not.toContain('until');
    expect(container.querySelector('[data-tone="available"]')).not.toBeNull();
  });
});
