/**
 * Sample data: who can sign in, the colleague directory and the call history template. All numbers are
 * invented: mobiles use the block PTS keeps for fiction (070-174 06 05…99), extensions are `08123456NN`,
 * foreign numbers use the UK drama block and US 555-01xx (number-detection.md, conventions).
 */
import { formatSwedishDate, formatSwedishDateTime } from './swedish-time';
import type { CallKind, Extension, Profile, SandboxUser } from './types';

export const NO_END_TIME = '0000-00-00 00:00:00';

export const SESSION_COOKIE_NAME = 'JSESSIONID';

export const USERS: readonly SandboxUser[] = [
  {
    username: 'anna',
    password: 'demo',
    extension: '0812345600',
    bearerToken: 'sandbox-token-anna',
    canDial: true,
  },
  {
    username: 'erik',
    password: 'demo',
    extension: '0812345601',
    bearerToken: 'sandbox-token-erik',
    // Erik's seat has no click-to-call rights, so tests can exercise the 400 path.
    canDial: false,
  },
];

const MINUTE = 60_000;

/** Rounds up to the next quarter hour, so "until" times look like something a person would set. */
function nextQuarterHour(date: Date): Date {
  const quarter = 15 * MINUTE;
  return new Date(Math.ceil(date.getTime() / quarter) * quarter);
}

function available(): Profile {
  return { available: true, name: 'Tillgänglig', until: NO_END_TIME, message: null };
}

/** The directory as seen at `now`; presence end times are relative to it. */
export function buildDirectory(now: Date): Extension[] {
  const lunchUntil = formatSwedishDateTime(nextQuarterHour(new Date(now.getTime() + 40 * MINUTE)));
  const meetingUntil = formatSwedishDateTime(nextQuarterHour(new Date(now.getTime() + 75 * MINUTE)));
  const holidayUntil = `${formatSwedishDate(new Date(now.getTime() + 14 * 24 * 60 * MINUTE))} 08:00:00`;
  return [
    {
      extension: '0812345600',
      name: 'Anna Andersson',
      email: 'anna.andersson@example.se',
      mobile: '0701740605',
      profile: available(),
      calls: [],
      keyWords: ['support', 'stockholm'],
    },
    {
      extension: '0812345601',
      name: 'Erik Lindqvist',
      email: 'erik.lindqvist@example.se',
      mobile: '0701740612',
      profile: available(),
      calls: [],
      keyWords: ['sälj', 'göteborg'],
    },
    {
      extension: '0812345602',
      name: 'Sara Lindberg',
      email: 'sara.lindberg@example.se',
      mobile: '0701740623',
      profile: { available: false, name: 'Upptagen', until: NO_END_TIME, message: null },
      calls: [{ callerid: '0317124056', direction: 'in', linestatus: 'up' }],
      keyWords: ['support', 'stockholm', 'teamledare'],
    },
    {
      extension: '0812345603',
      name: 'Johan Berg',
      email: 'johan.berg@example.se',
      mobile: '0701740630',
      profile: { available: false, name: 'Lunch', until: lunchUntil, message: null },
      calls: [],
      keyWords: ['sälj', 'stockholm'],
    },
    {
      extension: '0812345604',
      name: 'Maria Nilsson',
      email: 'maria.nilsson@example.se',
      mobile: '0701740641',
      profile: {
        available: false,
        name: 'Semester',
        until: holidayUntil,
        message: 'På semester. Kontakta Sara Lindberg vid brådskande ärenden.',
      },
      calls: [],
      keyWords: ['ekonomi', 'fakturor'],
    },
    {
      extension: '0812345605',
      name: 'Karin Johansson',
      email: 'karin.johansson@example.se',
      mobile: '0701740655',
      profile: { available: false, name: 'Möte', until: meetingUntil, message: 'Styrelsemöte' },
      calls: [],
      keyWords: ['vd', 'ledning'],
    },
    {
      extension: '0812345606',
      name: 'Lars Persson',
      email: 'lars.persson@example.se',
      mobile: '0701740667',
      profile: { available: false, name: 'Upptagen', until: NO_END_TIME, message: null },
      calls: [{ callerid: '0812345609', direction: 'out', linestatus: 'ringing' }],
      keyWords: ['sälj', 'malmö'],
    },
    {
      extension: '0812345607',
      name: 'Eva Karlsson',
      email: '',
      mobile: '',
      profile: available(),
      calls: [],
      keyWords: ['reception', 'växel'],
    },
    {
      extension: '0812345608',
      name: 'Ahmed Hassan',
      email: 'ahmed.hassan@example.se',
      mobile: '0701740678',
      profile: available(),
      calls: [],
      keyWords: ['it', 'support'],
    },
    {
      extension: '0812345609',
      name: 'Linnea Gustafsson',
      email: 'linnea.gustafsson@example.se',
      mobile: '0701740688',
      profile: available(),
      calls: [{ callerid: '0812345606', direction: 'in', linestatus: 'ringing' }],
      keyWords: ['kundtjänst', 'uppsala'],
    },
    {
      extension: '0812345610',
      name: 'Oskar Eriksson',
      email: 'oskar.eriksson@example.se',
      mobile: '0701740699',
      profile: { available: false, name: 'Sjuk', until: NO_END_TIME, message: null },
      calls: [],
      keyWords: ['lager', 'logistik'],
    },
    {
      extension: '0812345611',
      name: 'Konferensrum Stora',
      email: '',
      mobile: '',
      profile: null,
      calls: [],
      keyWords: ['konferensrum', 'plan 3'],
    },
    {
      extension: '0812345612',
      name: 'Åsa Bergström',
      email: 'asa.bergstrom@example.se',
      mobile: '0701740644',
      profile: { available: true, name: 'Tillgänglig', until: NO_END_TIME, message: 'Jobbar hemifrån idag' },
      calls: [],
      keyWords: ['hr', 'personal'],
    },
    {
      extension: '0812345613',
      name: 'Jonas Ek',
      email: 'jonas.ek@example.se',
      mobile: '0701740633',
      profile: available(),
      calls: [],
      keyWords: ['kundtjänst', 'stockholm'],
    },
    {
      // Same extension as Jonas Ek on purpose: the official example repeats a value (telavox-api.md §5.1).
      extension: '0812345613',
      name: 'Kundtjänst',
      email: 'kundtjanst@example.se',
      mobile: '',
      profile: available(),
      calls: [],
      keyWords: ['kundtjänst', 'grupp'],
    },
  ];
}

/** A call history item, placed relative to the time of the request. */
export interface CallTemplate {
  kind: CallKind;
  minutesAgo: number;
  number: string;
  duration: number;
  callId: string | number;
  /** Some real items lack these (§5.2). */
  withIso: boolean;
  withE164: boolean;
  /** Only sent with `withRecordings=true`; `"0"` means none. */
  recordingId?: string;
}

const HOUR = 60;
const DAY = 24 * HOUR;

export const CALL_TEMPLATES: readonly CallTemplate[] = [
  {
    kind: 'incoming',
    minutesAgo: 4,
    number: '0701740623',
    duration: 73,
    callId: '8812734',
    withIso: true,
    withE164: true,
    recordingId: '5501001',
  },
  {
    kind: 'missed',
    minutesAgo: 19,
    number: '0317124056',
    duration: 0,
    callId: 8812731,
    withIso: false,
    withE164: false,
  },
  {
    kind: 'outgoing',
    minutesAgo: 52,
    number: '086182490',
    duration: 245,
    callId: '8812720',
    withIso: true,
    withE164: true,
    recordingId: '0',
  },
  {
    kind: 'incoming',
    minutesAgo: 2 * HOUR + 10,
    number: '0812345603',
    duration: 31,
    callId: 8812702,
    withIso: true,
    withE164: false,
  },
  {
    kind: 'outgoing',
    minutesAgo: 3 * HOUR + 5,
    number: '+442079460321',
    duration: 612,
    callId: '8812690',
    withIso: false,
    withE164: true,
    recordingId: '5501002',
  },
  {
    kind: 'missed',
    minutesAgo: 4 * HOUR + 40,
    number: '0701740688',
    duration: 0,
    callId: '8812671',
    withIso: true,
    withE164: true,
  },
  {
    kind: 'incoming',
    minutesAgo: DAY - 2 * HOUR,
    number: '0470745210',
    duration: 128,
    callId: 8812602,
    withIso: true,
    withE164: true,
    recordingId: '0',
  },
  {
    kind: 'outgoing',
    minutesAgo: DAY + 3 * HOUR,
    number: '0812345607',
    duration: 15,
    callId: '8812587',
    withIso: false,
    withE164: false,
  },
  {
    kind: 'incoming',
    minutesAgo: DAY + 5 * HOUR,
    number: '+4722865410',
    duration: 402,
    callId: '8812570',
    withIso: true,
    withE164: true,
  },
  {
    kind: 'missed',
    minutesAgo: DAY + 6 * HOUR,
    number: '0850523318',
    duration: 0,
    callId: 8812566,
    withIso: true,
    withE164: false,
  },
  {
    kind: 'outgoing',
    minutesAgo: 2 * DAY + HOUR,
    number: '0701740641',
    duration: 58,
    callId: '8812501',
    withIso: true,
    withE164: true,
    recordingId: '5501003',
  },
  {
    kind: 'incoming',
    minutesAgo: 2 * DAY + 4 * HOUR,
    number: '0102094480',
    duration: 1820,
    callId: 8812488,
    withIso: false,
    withE164: true,
  },
  {
    kind: 'outgoing',
    minutesAgo: 3 * DAY + 2 * HOUR,
    number: '+12125550142',
    duration: 366,
    callId: '8812410',
    withIso: true,
    withE164: true,
  },
  {
    kind: 'missed',
    minutesAgo: 4 * DAY,
    number: '0771567890',
    duration: 0,
    callId: '8812377',
    withIso: true,
    withE164: true,
  },
  {
    kind: 'incoming',
    minutesAgo: 6 * DAY + 3 * HOUR,
    number: '0812345609',
    duration: 94,
    callId: 8812290,
    withIso: true,
    withE164: true,
  },
  {
    kind: 'outgoing',
    minutesAgo: 9 * DAY,
    number: '0317124056',
    duration: 211,
    callId: '8812133',
    withIso: false,
    withE164: false,
  },
  {
    kind: 'incoming',
    minutesAgo: 14 * DAY + 5 * HOUR,
    number: '+4533124790',
    duration: 47,
    callId: '8811950',
    withIso: true,
    withE164: true,
  },
  {
    kind: 'missed',
    minutesAgo: 21 * DAY,
    number: '0701740655',
    duration: 0,
    callId: 8811702,
    withIso: true,
    withE164: true,
  },
  {
    kind: 'outgoing',
    minutesAgo: 35 * DAY,
    number: '0812345612',
    duration: 130,
    callId: '8811311',
    withIso: true,
    withE164: false,
  },
  {
    kind: 'incoming',
    minutesAgo: 62 * DAY,
    number: '+358941742236',
    duration: 302,
    callId: '8810544',
    withIso: false,
    withE164: true,
  },
  // Older than four months: only returned when fromDate asks for it (§5.2 default window).
  {
    kind: 'incoming',
    minutesAgo: 150 * DAY,
    number: '0855012340',
    duration: 66,
    callId: '8806120',
    withIso: true,
    withE164: true,
  },
];

/**
 * Recordings by id: a few bytes that start like an MPEG-1 Layer III frame header, enough for a
 * `Content-Type: audio/mpeg` round trip.
 */
export const RECORDINGS: ReadonlyMap<string, Uint8Array> = new Map(
  ['5501001', '5501002', '5501003'].map((id, index) => [
    id,
    Uint8Array.from([0xff, 0xfb, 0x90, 0x64, 0x00, 0x00, 0x00, index + 1, 0x54, 0x56, 0x58]),
  ]),
);
