import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import type { DirectorySnapshot } from '@/lib/model';
import type { TelavoxFailure } from '@/lib/telavox/errors';
import { extensionFixture } from '@/lib/ui/testing/fake-background';
import { ColleagueList } from './ColleagueList';

const now = 1_700_000_000_000;
const directory: DirectorySnapshot = {
  items: [
    extensionFixture({
      name: 'Åsa Lind',
      extension: '0812345610',
      mobile: '0701112233',
      calls: [{ callerid: '1', direction: 'in', linestatus: 'up' }],
    }),
    extensionFixture({
      name: 'Konferensrum',
      extension: '0812345699',
      mobile: '',
      profile: null,
      keyWords: ['room'],
    }),
  ],
  dropped: 1,
  fetchedAt: now - 45_000,
};

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

function Harness({
  snapshot,
  failure,
}: {
  snapshot: DirectorySnapshot | null;
  failure: TelavoxFailure | null;
}) {
  const [query, setQuery] = useState('');
  const [called, setCalled] = useState<string[]>([]);
  return (
    <>
      <ColleagueList
        snapshot={snapshot}
        failure={failure}
        query={query}
        country="SE"
        now={now}
        callDisabled={false}
        onQueryChange={setQuery}
        onCall={(raw) => setCalled([...called, raw])}
        onRetry={() => setCalled([...called, 'retry'])}
      />
      <span data-testid="called">{called.join(',')}</span>
    </>
  );
}

describe('ColleagueList', () => {
  it('lists colleagues with presence, on-call marker, freshness and the dropped count', () => {
    render(<Harness snapshot={directory} failure={null} />);
    const [asa, room] = screen.getAllByRole('listitem');
    expect(asa?.textContent).toContain('Åsa Lind');
    expect(asa?.textContent).toContain('On a call');
    expect(room?.textContent).toContain('No presence');
    expect(screen.getByText('Updated 45 s ago')).toBeTruthy();
    expect(screen.getByText('1 colleague could not be read and is not shown.')).toBeTruthy();
  });

  it('calls the extension or the mobile', () => {
    render(<Harness snapshot={directory} failure={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Call Åsa Lind on extension 0812345610' }));
    fireEvent.click(screen.getByRole('button', { name: 'Call Åsa Lind on mobile 070-111 22 33' }));
    expect(screen.getByTestId('called').textContent).toBe('0812345610,0701112233');
    expect(screen.queryByRole('button', { name: /Konferensrum on mobile/ })).toBeNull();
  });

  it('filters on name without accents, on keywords, and says when nothing matches', () => {
    render(<Harness snapshot={directory} failure={null} />);
    const search = screen.getByLabelText('Search colleagues');
    fireEvent.input(search, { target: { value: 'asa' } });
    expect(
      screen.getAllByRole('listitem').map((item) => item.querySelector('.row__title')?.textContent),
    ).toEqual(['Åsa Lind']);
    fireEvent.input(search, { target: { value: 'room' } });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    fireEvent.input(search, { target: { value: 'nobody' } });
    expect(screen.getByText('No colleague matches “nobody”.')).toBeTruthy();
  });

  it('shows loading, empty and failure states', () => {
    render(<Harness snapshot={null} failure={null} />);
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    cleanup();
    render(<Harness snapshot={{ ...directory, items: [], dropped: 0 }} failure={null} />);
    expect(screen.getByText('No colleagues to show.')).toBeTruthy();
    cleanup();
    render(<Harness snapshot={null} failure={{ kind: 'server-error', status: 500 }} />);
    expect(screen.getByRole('alert').textContent).toContain("The colleague list couldn't be loaded.");
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByTestId('called').textContent).toBe('retry');
  });
});
