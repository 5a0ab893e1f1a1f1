import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PresenceDot } from './PresenceDot';

afterEach(cleanup);

describe('PresenceDot', () => {
  it('carries its tone as a class and stays out of the accessibility tree', () => {
    const { container } = render(<PresenceDot tone="on-call" />);
    const dot = container.firstElementChild!;
    expect(dot.className).toContain('presence-dot--on-call');
    expect(dot.getAttribute('aria-hidden')).toBe('true');
    expect(dot.textContent).toBe('');
  });
});
