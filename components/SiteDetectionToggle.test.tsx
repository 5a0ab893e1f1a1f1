import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { SiteDetectionToggle } from './SiteDetectionToggle';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

const site = { origin: 'https://crm.example.com:8443', granted: true, allSites: false, disabled: false };

function renderToggle(access: typeof site, busy = false, error: string | null = null) {
  const toggled: boolean[] = [];
  render(
    <SiteDetectionToggle access={access} busy={busy} error={error} onToggle={(on) => toggled.push(on)} />,
  );
  return toggled;
}

describe('SiteDetectionToggle', () => {
  it('is on when granted and not switched off, and turns off', () => {
    const toggled = renderToggle(site);
    const toggle = screen.getByRole('switch', { name: 'Find numbers on crm.example.com:8443' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(toggled).toEqual([false]);
  });

  it('is off when switched off or not granted, and turns on', () => {
    const toggled = renderToggle({ ...site, granted: false });
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText('Not allowed on this site yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch'));
    expect(toggled).toEqual([true]);
    cleanup();
    renderToggle({ ...site, disabled: true, allSites: true });
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText('Allowed on all sites')).toBeTruthy();
  });

  it('is disabled while busy and shows an error', () => {
    renderToggle(site, true, 'The setting for this site couldn’t be changed.');
    expect((screen.getByRole('switch') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('couldn’t be changed');
  });
});
