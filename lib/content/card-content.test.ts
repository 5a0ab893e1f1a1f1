import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { type CardModel, cardText, renderCard, whoLines } from './card-content';
import type { CardLookup } from './messages';

const HOSTILE = '<img src=x onerror=alert(1)>';

const base: CardModel = {
  display: '08-618 24 90',
  region: 'Sweden',
  kind: 'standard',
  lookup: { status: 'loading' },
  action: 'idle',
};

const done = (result: CardLookup) => ({ status: 'done', result }) as const;

describe('card text', () => {
  beforeEach(() => {
    setLanguage('en');
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2024, 2, 15, 12, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the number, country and extension, with a quiet placeholder while looking up', () => {
    const text = cardText({ ...base, extension: '123' }, Date.now());
    expect(text.title).toBe('08-618 24 90');
    expect(text.details).toEqual(['Sweden', 'Extension 123']);
    expect(text.who).toEqual(['Looking up…']);
    expect(text.warning).toBeNull();
    expect(text.status).toBeNull();
  });

  it('warns about premium-rate and shared-cost numbers', () => {
    expect(cardText({ ...base, kind: 'premium' }, 0).warning).toContain('Premium-rate');
    expect(cardText({ ...base, kind: 'shared-cost' }, 0).warning).toContain('Shared-cost');
  });

  it('names the colleague with presence, or says they are on a call', () => {
    const colleague = { name: 'Anna Berg', onCall: false, presence: { available: false, name: 'Lunch' } };
    expect(whoLines(done({ colleague, recentCall: null }), Date.now())).toEqual([
      'Anna Berg',
      'Unavailable · Lunch',
    ]);
    expect(
      whoLines(done({ colleague: { ...colleague, onCall: true }, recentCall: null }), Date.now()),
    ).toEqual(['Anna Berg', 'On a call']);
    expect(
      whoLines(
        done({ colleague: { ...colleague, presence: { available: true, name: '' } }, recentCall: null }),
        0,
      ),
    ).toEqual(['Anna Berg', 'Available']);
  });

  it('describes the most recent call', () => {
    const yesterday = new Date(2024, 2, 14, 14, 2).toISOString();
    const lines = whoLines(
      done({ colleague: null, recentCall: { kind: 'missed', datetime: '', datetimeISO: yesterday } }),
      Date.now(),
    );
    expect(lines).toEqual(['Missed call yesterday 14:02']);
  });

  it('says nothing about who it is when the lookup failed or found nothing', () => {
    expect(whoLines({ status: 'failed' }, 0)).toEqual([]);
    expect(whoLines(done({ colleague: null, recentCall: null }), 0)).toEqual([]);
  });

  it('tells the user to confirm in the Telavox window after Call, in the UI language', () => {
    expect(cardText({ ...base, action: 'call-requested' }, 0).status).toBe(
      'Confirm the call in the Telavox window',
    );
    setLanguage('sv');
    expect(cardText({ ...base, action: 'call-requested' }, 0).status).toBe(
      'Bekräfta samtalet i Telavox-fönstret',
    );
  });
});

describe('renderCard', () => {
  it('renders hostile names and page text as text, never as markup', () => {
    setLanguage('en');
    const model: CardModel = {
      ...base,
      display: HOSTILE,
      region: HOSTILE,
      lookup: done({
        colleague: { name: HOSTILE, onCall: false, presence: { available: true, name: HOSTILE } },
        recentCall: null,
      }),
    };
    const { element, buttons } = renderCard(document, cardText(model, 0));
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelectorAll('*').length).toBe(element.querySelectorAll('div, button').length);
    expect(element.querySelector('.title')!.textContent).toBe(HOSTILE);
    expect(element.textContent).toContain(`Available · ${HOSTILE}`);
    expect(buttons.call.textContent).toBe('Call');
    expect(buttons.copy.textContent).toBe('Copy');
    expect(buttons.call.type).toBe('button');
  });

  it('adds a status line only when there is something to report', () => {
    expect(renderCard(document, cardText(base, 0)).element.querySelector('[role="status"]')).toBeNull();
    const copied = renderCard(document, cardText({ ...base, action: 'copied' }, 0)).element;
    expect(copied.querySelector('[role="status"]')!.textContent).toBe('Number copied');
  });
});
