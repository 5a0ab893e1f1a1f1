import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DialOutcome } from '@/lib/model';
import { installFakeBackground } from '@/lib/ui/testing/fake-background';
import { type DialFlowState, useDialFlow } from './useDialFlow';

type Flow = ReturnType<typeof useDialFlow>;

function mount(confirmationId?: string) {
  const ref: { current: Flow | null } = { current: null };
  function Probe() {
    ref.current = useDialFlow({ confirmationId });
    return null;
  }
  render(<Probe />);
  return ref as { current: Flow };
}

const stateOf = (flow: { current: Flow }): DialFlowState => flow.current.state;

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('useDialFlow', () => {
  it('ignores a confirmation nobody asked for', async () => {
    const background = installFakeBackground({
      dial: (): DialOutcome => ({ status: 'calling', e164: '+46701740623', display: '070' }),
    });
    const flow = mount();
    await act(() => flow.current.confirm('repeat'));
    expect(background.ofType('dial')).toEqual([]);
    await act(() => flow.current.dial('070'));
    await act(() => flow.current.confirm('premium'));
    expect(background.ofType('dial')).toHaveLength(1);
  });

  it('sends only one dial at a time', async () => {
    let answer: (outcome: DialOutcome) => void = () => undefined;
    const background = installFakeBackground({
      dial: () => new Promise<DialOutcome>((resolve) => (answer = resolve)),
    });
    const flow = mount('conf-1');
    act(() => {
      void flow.current.dial('070');
      void flow.current.dial('070');
    });
    await waitFor(() => expect(background.ofType('dial')).toHaveLength(1));
    expect(stateOf(flow).step).toBe('sending');
    await act(async () => answer({ status: 'busy' }));
    await waitFor(() => expect(stateOf(flow).step).toBe('done'));
    expect(background.ofType('dial')[0]?.confirmationId).toBe('conf-1');
  });

  it('turns a background failure into an error state', async () => {
    installFakeBackground({});
    const flow = mount();
    await act(() => flow.current.dial('070'));
    expect(stateOf(flow)).toMatchObject({ step: 'error', raw: '070' });
  });
});
