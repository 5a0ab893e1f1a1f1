/**
 * English text shown on web pages (the hover card) and shared with the extension's own pages. Kept apart
 * so the content script bundles only these, not every UI string (its size budget is 60 kB gzip).
 */
export const pageEn = {
  'wait.seconds': '{count} s',
  'wait.minutes': '{count} min',
  'presence.available': 'Available',
  'presence.unavailable': 'Unavailable',
  'presence.onCall': 'On a call',
  'dialer.premium': 'Premium-rate number: calls to it can be expensive.',
  'dialer.sharedCost': 'Shared-cost number: the caller may pay part of the cost.',
  'directory.updatedSeconds': 'Updated {count} s ago',
  'directory.updatedMinutes': 'Updated {count} min ago',
  'time.justNow': 'just now',
  'time.minutesAgo': '{count} min ago',
  'time.todayAt': 'today {time}',
  'time.yesterdayAt': 'yesterday {time}',
  'content.card.label': 'Phone number',
  'content.card.extension': 'Extension {extension}',
  'content.card.lookingUp': 'Looking up…',
  'content.card.lastCall.missed': 'Missed call {when}',
  'content.card.lastCall.incoming': 'Incoming call {when}',
  'content.card.lastCall.outgoing': 'Outgoing call {when}',
  'content.card.call': 'Call',
  'content.card.copy': 'Copy',
  'content.card.copied': 'Number copied',
  'content.card.copyFailed': "The number couldn't be copied",
  'content.card.confirmInWindow': 'Confirm the call in the Telavox window',
  'content.card.callFailed': "The Telavox window couldn't be opened",
  'content.card.notPhone': 'Not a phone number',
  'content.card.ignoreFailed': "Couldn't save that; the number stays marked",
} as const;

export type PageMessageKey = keyof typeof pageEn;
