import { pageT as t } from '@/lib/i18n/page';
import { callTimeText } from '@/lib/ui/time';
import type { CardLookup } from './messages';
import type { NumberKind } from './number-kind';

/**
 * What the hover card says, and the card's DOM. Every string from the page or from Telavox is written
 * with `textContent`; nothing is ever parsed as HTML.
 */

export type LookupState =
  | { status: 'loading' }
  | { status: 'done'; result: CardLookup }
  | { status: 'failed' };

export type ActionStatus =
  | 'idle'
  | 'call-requested'
  | 'call-failed'
  | 'copied'
  | 'copy-failed'
  | 'ignore-failed';

export interface CardModel {
  /** The number formatted for reading. */
  display: string;
  /** The country's name, when known. */
  region: string | null;
  extension?: string;
  kind: NumberKind;
  lookup: LookupState;
  action: ActionStatus;
}

export interface CardText {
  title: string;
  details: string[];
  warning: string | null;
  who: string[];
  status: string | null;
}

/** Who the number belongs to and what happened with it last, as lines of text. */
export function whoLines(lookup: LookupState, now: number): string[] {
  if (lookup.status === 'loading') return [t('content.card.lookingUp')];
  if (lookup.status === 'failed') return [];
  const { colleague, recentCall } = lookup.result;
  const lines: string[] = [];
  if (colleague) {
    if (colleague.name.trim()) lines.push(colleague.name);
    if (colleague.onCall) lines.push(t('presence.onCall'));
    else if (colleague.presence) {
      const availability = t(colleague.presence.available ? 'presence.available' : 'presence.unavailable');
      const presenceName = colleague.presence.name.trim();
      lines.push(presenceName ? `${availability} · ${presenceName}` : availability);
    }
  }
  if (recentCall) {
    const when = callTimeText(recentCall.datetimeISO, recentCall.datetime, now);
    lines.push(t(`content.card.lastCall.${recentCall.kind}`, { when }));
  }
  return lines;
}

const STATUS_KEYS = {
  'call-requested': 'content.card.confirmInWindow',
  'call-failed': 'content.card.callFailed',
  copied: 'content.card.copied',
  'copy-failed': 'content.card.copyFailed',
  'ignore-failed': 'content.card.ignoreFailed',
} as const;

export function cardText(model: CardModel, now: number): CardText {
  const details: string[] = [];
  if (model.region) details.push(model.region);
  if (model.extension) details.push(t('content.card.extension', { extension: model.extension }));
  const warning =
    model.kind === 'premium'
      ? t('dialer.premium')
      : model.kind === 'shared-cost'
        ? t('dialer.sharedCost')
        : null;
  return {
    title: model.display,
    details,
    warning,
    who: whoLines(model.lookup, now),
    status: model.action === 'idle' ? null : t(STATUS_KEYS[model.action]),
  };
}

export interface CardButtons {
  call: HTMLButtonElement;
  copy: HTMLButtonElement;
  ignore: HTMLButtonElement;
}

function textElement(doc: Document, tag: string, className: string, text: string): HTMLElement {
  const element = doc.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** Builds the card's content as a fresh element tree (replaced whole on every change; it is tiny). */
export function renderCard(doc: Document, text: CardText): { element: HTMLElement; buttons: CardButtons } {
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', t('content.card.label'));
  card.append(textElement(doc, 'div', 'title', text.title));
  if (text.details.length > 0) card.append(textElement(doc, 'div', 'details', text.details.join(' · ')));
  if (text.warning) card.append(textElement(doc, 'div', 'warning', text.warning));
  for (const line of text.who) card.append(textElement(doc, 'div', 'who', line));
  const actions = doc.createElement('div');
  actions.className = 'actions';
  const call = textElement(doc, 'button', 'call', t('content.card.call')) as HTMLButtonElement;
  const copy = textElement(doc, 'button', 'copy', t('content.card.copy')) as HTMLButtonElement;
  const ignore = textElement(doc, 'button', 'ignore', t('content.card.notPhone')) as HTMLButtonElement;
  call.type = 'button';
  copy.type = 'button';
  ignore.type = 'button';
  actions.append(call, copy, ignore);
  card.append(actions);
  if (text.status) {
    const status = textElement(doc, 'div', 'status', text.status);
    status.setAttribute('role', 'status');
    card.append(status);
  }
  return { element: card, buttons: { call, copy, ignore } };
}

/** Styles inside the card's shadow root; `all: initial` keeps the page's CSS out. */
export const CARD_CSS = `
:host { all: initial !important; }
.layer { all: initial; position: fixed; inset: 0; pointer-events: none; }
.card { all: initial; position: fixed; pointer-events: auto; box-sizing: border-box; max-width: 320px;
  min-width: 200px; padding: 10px 12px; background: #fff; color: #1b1b1f; border: 1px solid #c9ccd3;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; display: block; }
.card div { display: block; }
.title { font-size: 15px; font-weight: 600; letter-spacing: 0.01em; }
.details, .who { color: #4a4d55; margin-top: 2px; }
.who:first-of-type { margin-top: 6px; }
.warning { margin-top: 6px; padding: 4px 6px; border-radius: 4px; background: #fff1e0; color: #8a3b00; }
.actions { display: flex !important; gap: 8px; margin-top: 8px; }
button { all: initial; cursor: pointer; padding: 4px 12px; border-radius: 6px; font: inherit;
  border: 1px solid #c9ccd3; color: #1b1b1f; background: #f4f5f7; }
button.call { background: #0a66c2; border-color: #0a66c2; color: #fff; font-weight: 600; }
button.ignore { border-color: transparent; background: transparent; color: #4a4d55; padding: 4px 4px; }
button:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
.status { margin-top: 6px; color: #1f5f2a; }
.mark { position: fixed; pointer-events: none; border-bottom: 2px dotted #0a66c2;
  background: rgba(0, 102, 204, 0.08); }
@media (prefers-color-scheme: dark) {
  .card { background: #23252b; color: #eceef2; border-color: #454852; }
  .details, .who { color: #b9bcc6; }
  button { background: #30333b; color: #eceef2; border-color: #454852; }
  .warning { background: #4a2a0c; color: #ffd3a6; }
  .status { color: #9fe0a9; }
}
`;
