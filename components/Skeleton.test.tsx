import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { Skeleton } from './Skeleton';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('Skeleton', () => {
  it('announces loading and draws the requested number of lines', () => {
    const { container } = render(<Skeleton lines={5} />);
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(container.querySelectorAll('.skeleton__line')).toHaveLength(5);
  });
});
