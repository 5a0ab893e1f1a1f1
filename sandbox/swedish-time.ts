/**
 * Swedish local time, as Telavox writes it. The v1 API gives `YYYY-MM-DD HH:MM:SS` without a zone
 * (telavox-api.md §5.1, §5.2), presumably Europe/Stockholm, and sometimes an ISO 8601 twin with an offset.
 */

const stockholmParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface LocalParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

function localParts(date: Date): LocalParts {
  const parts: Record<string, string> = {};
  for (const part of stockholmParts.formatToParts(date)) parts[part.type] = part.value;
  return {
    year: parts.year ?? '0000',
    month: parts.month ?? '00',
    day: parts.day ?? '00',
    hour: parts.hour ?? '00',
    minute: parts.minute ?? '00',
    second: parts.second ?? '00',
  };
}

/** `2024-03-15 14:32:11` in Swedish local time. */
export function formatSwedishDateTime(date: Date): string {
  const p = localParts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** `2024-03-15` in Swedish local time. */
export function formatSwedishDate(date: Date): string {
  return formatSwedishDateTime(date).slice(0, 10);
}

/** `2024-03-15T14:32:11+01:00`: Swedish local time with its UTC offset (+01:00 in winter, +02:00 in summer). */
export function formatSwedishIso(date: Date): string {
  const p = localParts(date);
  const localAsUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round((localAsUtc - wholeSeconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/** Today's date in Sweden at the given local wall-clock time, e.g. `2024-03-15 13:00:00`. */
export function swedishTodayAt(now: Date, time: string): string {
  return `${formatSwedishDate(now)} ${time}`;
}
