/** Builds the `GET /calls` answer (telavox-api.md §5.2) relative to the time of the request. */
import { CALL_TEMPLATES, type CallTemplate } from './data';
import { formatSwedishDate, formatSwedishDateTime, formatSwedishIso } from './swedish-time';
import type { CallHistory, CallHistoryItem } from './types';

export interface CallHistoryQuery {
  /** `YYYY-MM-DD`, inclusive, Swedish local date. */
  fromDate?: string;
  /** `YYYY-MM-DD`, inclusive, Swedish local date. */
  toDate?: string;
  withRecordings: boolean;
}

/** v1 default: "the last 30 calls, limited to the last 4 months". */
const DEFAULT_LIMIT = 30;
const DEFAULT_WINDOW_DAYS = 122;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isCallHistoryDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** National Swedish numbers become `+46…`; numbers already in E.164 stay as they are. */
export function toE164(number: string): string {
  if (number.startsWith('+')) return number;
  if (number.startsWith('00')) return `+${number.slice(2)}`;
  if (number.startsWith('0')) return `+46${number.slice(1)}`;
  return number;
}

function toItem(template: CallTemplate, at: Date, withRecordings: boolean): CallHistoryItem {
  // Key order as in the reference example: datetime, datetimeISO, number, numberE164, duration, callId.
  return {
    datetime: formatSwedishDateTime(at),
    ...(template.withIso ? { datetimeISO: formatSwedishIso(at) } : {}),
    number: template.number,
    ...(template.withE164 ? { numberE164: toE164(template.number) } : {}),
    duration: template.duration,
    callId: template.callId,
    ...(withRecordings && template.recordingId !== undefined ? { recordingId: template.recordingId } : {}),
  };
}

export function buildCallHistory(now: Date, query: CallHistoryQuery): CallHistory {
  const explicitRange = query.fromDate !== undefined || query.toDate !== undefined;
  const oldestByDefault = formatSwedishDate(new Date(now.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000));
  const history: CallHistory = { incoming: [], outgoing: [], missed: [] };
  let included = 0;
  // Templates are ordered newest first, so the default limit keeps the most recent calls.
  for (const template of CALL_TEMPLATES) {
    const at = new Date(now.getTime() - template.minutesAgo * 60_000);
    const date = formatSwedishDate(at);
    if (explicitRange) {
      if (query.fromDate !== undefined && date < query.fromDate) continue;
      if (query.toDate !== undefined && date > query.toDate) continue;
    } else {
      if (date < oldestByDefault || included >= DEFAULT_LIMIT) continue;
    }
    history[template.kind].push(toItem(template, at, query.withRecordings));
    included += 1;
  }
  return history;
}
