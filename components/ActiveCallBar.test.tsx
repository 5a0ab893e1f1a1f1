import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { ActiveCallBar } from './ActiveCallBar';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('ActiveCallBar', () => {
  it('shows the other party, direction and line status, and hangs up', () => {
    let hangups = 0;
    render(
      <ActiveCallBar
        call={{ callerid: '0701740641', direction: 'out', linestatus: 'ringing' }}
        numberText="070-174 06 41"
        colleagueName="Bo Berg"
        hangingUp={false}
        onHangUp={() => hangups++}
      />,
    );
    const bar = screen.getByRole('region', { name: 'Outgoing call' });
    expect(bar.textContent).toContain('Bo Berg');
    expect(bar.textContent).toContain('070-174 06 41');
    expect(bar.textContent).toContain('Outgoing call · Ringing');
    fireEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    expect(hangups).toBe(1);
  });

  it('names a hidden number and disables the button while hanging up', () => {
    render(
      <ActiveCallBar
        call={{ callerid: '', direction: 'unknown', linestatus: 'unknown' }}
        numberText=""
        colleagueName={null}
        hangingUp
        onHangUp={() => undefined}
      />,
    );
    expect(screen.getByText('Hidden number')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Hanging up…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
