import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import type { HistorySnapshot } from '@/lib/model';
import type { CallRecord } from '@/lib/telavox/schemas';
import { buildNumberIndex } from '@/lib/ui/phone';
import { extensionFixture } from '@/lib/ui/testing/fake-background';
import { callBackNumber, HistoryList } from './HistoryList';

const now = new Date(2024, 2, 15, 16, 30).getTime();
const index = buildNumberIndex([extensionFixture({ name: 'Bo Berg', mobile: '0705550101' })], 'SE');

function record(overrides: Partial<CallRecord>): CallRecord {
  return {
    kind: 'outgoing',
    datetime: '2024-03-15 16:25:00',
    datetimeISO: new Date(2024, 2, 15, 16, 25).toISOString(),
    number: '0705550101',
    numberE164: '+46705550101',
    duration: 73,
    callId: null,
    recordingId: null,
    ...overrides,
  };
}

const snapshot = (items: CallRecord[], dropped = 0): HistorySnapshot => ({ items, dropped, fetchedAt: now });

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

function renderList(props: Partial<Parameters<typeof HistoryList>[0]> = {}) {
  const called: string[] = [];
  const retried: number[] = [];
  render(
    <HistoryList
      snapshot={null}
      failure={null}
      colleagues={index}
      country="SE"
      now={now}
      callDisabled={false}
      onCall={(raw) => called.push(raw)}
      onRetry={() => retried.push(1)}
      {...props}
    />,
  );
  return { called, retried };
}

describe('HistoryList', () => {
  it('names colleagues, formats strangers, and shows kind, time and duration', () => {
    renderList({
      snapshot: snapshot([
        record({}),
        record({ kind: 'missed', number: '0317124056', numberE164: null, duration: 0, datetimeISO: null }),
      ]),
    });
    const [first, second] = screen.getAllByRole('listitem');
    expect(first?.textContent).toContain('Bo Berg');
    expect(first?.textContent).toContain('Outgoing');
    expect(first?.textContent).toContain('5 min ago');
    expect(first?.textContent).toContain('1:13');
    expect(second?.textContent).toContain('031-712 40 56');
    expect(second?.textContent).toContain('Missed');
    expect(second?.textContent).toContain('2024-03-15 16:25:00');
    expect(second?.textContent).not.toContain('0:00');
  });

  it('calls back with the E.164 number when there is one', () => {
    const { called } = renderList({
      snapshot: snapshot([record({}), record({ number: '0317124056', numberE164: null, callId: '2' })]),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Call back Bo Berg' }));
    fireEvent.click(screen.getByRole('button', { name: 'Call back 031-712 40 56' }));
    expect(called).toEqual(['+46705550101', '0317124056']);
  });

  it('offers no call-back for a hidden number', () => {
    renderList({ snapshot: snapshot([record({ number: '', numberE164: null })]) });
    expect(screen.getByText('Hidden number')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(callBackNumber(record({ number: '', numberE164: null }))).toBe('');
  });

  it('shows loading, empty, dropped and failure states', () => {
    renderList();
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    cleanup();
    renderList({ snapshot: snapshot([], 3) });
    expect(screen.getByText('No calls in the last 4 months')).toBeTruthy();
    expect(screen.getByText('3 calls could not be read and are not shown.')).toBeTruthy();
    cleanup();
    const { retried } = renderList({ failure: { kind: 'offline' } });
    expect(screen.getByRole('alert').textContent).toContain("Your recent calls couldn't be loaded.");
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retried).toEqual([1]);
  });

  it('keeps the last list visible beside a failed refresh', () => {
    renderList({ snapshot: snapshot([record({})]), failure: { kind: 'timeout' } });
    expect(screen.getByText('Bo Berg')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('slow');
  });
});
