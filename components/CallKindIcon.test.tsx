import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CallKindIcon } from './CallKindIcon';

afterEach(cleanup);

describe('CallKindIcon', () => {
  it('draws a different, hidden glyph per kind', () => {
    const shapes = (['incoming', 'outgoing', 'missed'] as const).map((kind) => {
      const { container, unmount } = render(<CallKindIcon kind={kind} />);
      const svg = container.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.getAttribute('class')).toContain(`call-kind-icon--${kind}`);
      const path = svg.querySelector('path')!.getAttribute('d');
      unmount();
      return path;
    });
    expect(new Set(shapes).size).toBe(3);
  });
});
