import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { TabPanel, Tabs } from './Tabs';

afterEach(cleanup);

function Harness() {
  const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
  return (
    <>
      <Tabs
        label="Sections"
        idPrefix="t"
        tabs={[
          { id: 'a', label: 'Alpha' },
          { id: 'b', label: 'Beta' },
          { id: 'c', label: 'Gamma' },
        ]}
        selected={selected}
        onSelect={setSelected}
      />
      <TabPanel idPrefix="t" id={selected}>
        Content {selected}
      </TabPanel>
    </>
  );
}

describe('Tabs', () => {
  it('links tabs and panel and keeps one tab stop', () => {
    render(<Harness />);
    expect(screen.getByRole('tablist', { name: 'Sections' })).toBeTruthy();
    const alpha = screen.getByRole('tab', { name: 'Alpha' });
    expect(alpha.getAttribute('aria-selected')).toBe('true');
    expect(alpha.tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: 'Beta' }).tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel', { name: 'Alpha' }).textContent).toBe('Content a');
  });

  it('moves with arrows, wraps around, and jumps with Home and End', () => {
    render(<Harness />);
    const selectedLabel = () =>
      screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Alpha' }), { key: 'ArrowLeft' });
    expect(selectedLabel()?.textContent).toBe('Gamma');
    expect(document.activeElement?.textContent).toBe('Gamma');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(selectedLabel()?.textContent).toBe('Alpha');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(selectedLabel()?.textContent).toBe('Gamma');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(selectedLabel()?.textContent).toBe('Alpha');
  });

  it('selects on click', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('tab', { name: 'Beta' }));
    expect(screen.getByRole('tabpanel', { name: 'Beta' }).textContent).toBe('Content b');
  });
});
