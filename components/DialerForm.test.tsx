import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { DialerForm } from './DialerForm';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('DialerForm', () => {
  it('is a labelled tel field that reports input and calls on submit', () => {
    const typed: string[] = [];
    const called: string[] = [];
    render(
      <DialerForm
        value="070 174"
        preview={null}
        sending={false}
        onInput={(value) => typed.push(value)}
        onCall={(raw) => called.push(raw)}
      />,
    );
    const input = screen.getByLabelText('Number to call') as HTMLInputElement;
    expect(input.type).toBe('tel');
    fireEvent.input(input, { target: { value: '070 1740' } });
    expect(typed).toEqual(['070 1740']);
    fireEvent.submit(input.closest('form')!);
    expect(called).toEqual(['070 174']);
  });

  it('does not call while sending or with an empty field', () => {
    const called: string[] = [];
    const { rerender } = render(
      <DialerForm
        value="  "
        preview={null}
        sending={false}
        onInput={() => undefined}
        onCall={(raw) => called.push(raw)}
      />,
    );
    expect((screen.getByRole('button', { name: 'Call' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(screen.getByLabelText('Number to call').closest('form')!);
    rerender(
      <DialerForm
        value="0701740623"
        preview={null}
        sending
        onInput={() => undefined}
        onCall={(raw) => called.push(raw)}
      />,
    );
    fireEvent.submit(screen.getByLabelText('Number to call').closest('form')!);
    expect(called).toEqual([]);
  });

  it('marks the field invalid when the number is refused', () => {
    render(
      <DialerForm
        value="112"
        preview={{ ok: false, reason: 'emergency' }}
        sending={false}
        onInput={() => undefined}
        onCall={() => undefined}
      />,
    );
    expect(screen.getByLabelText('Number to call').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/call this number directly from your phone/)).toBeTruthy();
  });
});
