import { getLocale, pageT as t } from '@/lib/i18n/page';

const MINUTE = 60_000;

function startOfDay(ms: number): number {
  const date = new Date(ms);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

function clockTime(date: Date): string {
  return new Intl.DateTimeFormat(getLocale(), { hour: '2-digit', minute: '2-digit', hour12: false }).format(
    date,
  );
}

/**
 * When a call happened, relative to `now`: "just now", "5 min ago", "today 14:02", "yesterday 14:02",
 * "3 Mar", or "3 Mar 2023" for another year. Computed only from `datetimeISO`, which carries a zone; a
 * record with `datetime` only is shown as written, because its zone is not known (telavox-api.md §5.1).
 */
export function callTimeText(datetimeISO: string | null, datetime: string, now: number): string {
  const instant = datetimeISO === null ? Number.NaN : Date.parse(datetimeISO);
  if (Number.isNaN(instant)) return datetime;
  const elapsed = now - instant;
  // A small negative value is clock skew between Telavox and this computer.
  if (elapsed < MINUTE) return t('time.justNow');
  if (elapsed < 60 * MINUTE) return t('time.minutesAgo', { count: Math.floor(elapsed / MINUTE) });
  const date = new Date(instant);
  const today = startOfDay(now);
  if (instant >= today) return t('time.todayAt', { time: clockTime(date) });
  const yesterday = startOfDay(today - 1);
  if (instant >= yesterday) return t('time.yesterdayAt', { time: clockTime(date) });
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(getLocale(), {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** A call's length as m:ss, or h:mm:ss from an hour on. */
export function durationText(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** "Updated 12 s ago" / "Updated 4 min ago" for a snapshot's `fetchedAt`. */
export function updatedAgoText(fetchedAt: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - fetchedAt) / 1000));
  if (seconds < 60) return t('directory.updatedSeconds', { count: seconds });
  return t('directory.updatedMinutes', { count: Math.floor(seconds / 60) });
}

/** How long until `until` (epoch ms), rounded up: "40 s", "3 min". */
export function waitText(until: number, now: number): string {
  const seconds = Math.max(1, Math.ceil((until - now) / 1000));
  if (seconds < 60) return t('wait.seconds', { count: seconds });
  return t('wait.minutes', { count: Math.ceil(seconds / 60) });
}
