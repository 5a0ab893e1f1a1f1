import { z } from 'zod';
import { UnexpectedResponseError } from './errors';

/*
 * Two layers of schemas:
 * - the *normalised* schemas (exported) describe the values the rest of the extension uses and that travel
 *   in messages between extension contexts;
 * - the *wire* schemas (private) accept what v1 actually sends, tolerantly (Telavox API reference §4
 *   Validation, §5.1, §5.2): unknown fields pass, missing optional fields get defaults, `null` is accepted
 *   wherever it has been seen, and ids that may arrive as numbers become strings.
 */

// ---------------------------------------------------------------------------------------------------------
// Normalised types
// ---------------------------------------------------------------------------------------------------------

export const activeCallSchema = z.object({
  callerid: z.string(),
  direction: z.enum(['in', 'out', 'unknown']),
  linestatus: z.enum(['up', 'down', 'ringing', 'unknown']),
});
export type ActiveCall = z.infer<typeof activeCallSchema>;

export const presenceProfileSchema = z.object({
  available: z.boolean(),
  name: z.string(),
  /** As written by Telavox (no time zone is given); `null` when there is no end time. */
  until: z.string().nullable(),
  message: z.string().nullable(),
});
export type PresenceProfile = z.infer<typeof presenceProfileSchema>;

export const telavoxExtensionSchema = z.object({
  extension: z.string(),
  name: z.string(),
  email: z.string(),
  mobile: z.string(),
  /** `null` for resources such as conference rooms. */
  profile: presenceProfileSchema.nullable(),
  calls: z.array(activeCallSchema),
  keyWords: z.array(z.string()),
});
export type TelavoxExtension = z.infer<typeof telavoxExtensionSchema>;

export const callRecordSchema = z.object({
  kind: z.enum(['incoming', 'outgoing', 'missed']),
  datetime: z.string(),
  datetimeISO: z.string().nullable(),
  number: z.string(),
  numberE164: z.string().nullable(),
  /** Seconds; 0 for missed calls. */
  duration: z.number().nonnegative(),
  callId: z.string().nullable(),
  /** `null` when absent or `"0"`. */
  recordingId: z.string().nullable(),
});
export type CallRecord = z.infer<typeof callRecordSchema>;

/** A list validated item by item: items that failed validation are left out and counted. */
export interface ValidatedList<T> {
  items: T[];
  dropped: number;
}

export const extensionListSchema = z.object({
  items: z.array(telavoxExtensionSchema),
  dropped: z.number().int().nonnegative(),
});

export const callHistorySchema = z.object({
  items: z.array(callRecordSchema),
  dropped: z.number().int().nonnegative(),
});

// ---------------------------------------------------------------------------------------------------------
// Wire schemas (v1)
// ---------------------------------------------------------------------------------------------------------

/** Ids and numbers: a string, or a number that some clients have seen (§5.2 `callId`). */
const idText = z.union([z.string(), z.number().finite()]).transform(String);

/** Optional text: missing or `null` becomes `''`. */
const textOrEmpty = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

/** Optional text where "no value" is meaningful: missing, `null` and `''` become `null`. */
const textOrNull = z
  .string()
  .nullish()
  .transform((value) => (value ? value : null));

/** Telavox writes "no end time" as an all-zero timestamp (§5.1 `profile.until`). */
const NO_END_TIME = /^0000-00-00(?:[ T]00:00:00)?$/;

const wireActiveCall = z.object({
  callerid: idText.nullish().transform((value) => value ?? ''),
  // Unknown values still mean an active call, with an unknown direction or state (§11).
  direction: z
    .unknown()
    .optional()
    .transform((value) => (value === 'in' || value === 'out' ? value : 'unknown')),
  linestatus: z
    .unknown()
    .optional()
    .transform((value) =>
      value === 'up' || value === 'down' || value === 'ringing' ? value : ('unknown' as const),
    ),
});

const wireProfile = z.object({
  available: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  name: textOrEmpty,
  until: textOrNull.transform((value) => (value !== null && NO_END_TIME.test(value.trim()) ? null : value)),
  message: textOrNull,
});

/** Keeps the items that parse; a malformed call or keyword does not cost the whole extension. */
function tolerantArray<T>(item: z.ZodType<T>) {
  return z
    .array(z.unknown())
    .nullish()
    .transform((values) => (values ?? []).flatMap((value) => validatedItem(item, value)));
}

function validatedItem<T>(schema: z.ZodType<T>, value: unknown): T[] {
  const result = schema.safeParse(value);
  return result.success ? [result.data] : [];
}

const wireExtension = z.object({
  extension: idText,
  name: textOrEmpty,
  email: textOrEmpty,
  mobile: idText.nullish().transform((value) => value ?? ''),
  profile: wireProfile.nullish().transform((value) => value ?? null),
  calls: tolerantArray(wireActiveCall),
  keyWords: tolerantArray(z.string()),
});

const wireDuration = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^\s*\d+(?:\.\d+)?\s*$/)
      .transform(Number),
  ])
  .pipe(z.number().finite().nonnegative())
  .nullish()
  .transform((value) => value ?? 0);

const wireCallRecord = z.object({
  datetime: z.string().min(1),
  datetimeISO: textOrNull,
  number: idText.nullish().transform((value) => value ?? ''),
  numberE164: textOrNull,
  duration: wireDuration,
  callId: idText.nullish().transform((value) => (value ? value : null)),
  recordingId: idText.nullish().transform((value) => (value && value !== '0' ? value : null)),
});

const CALL_KINDS = { incoming: 'incoming', outgoing: 'outgoing', missed: 'missed' } as const;

const wireCallHistory = z
  .object({
    incoming: z.array(z.unknown()).nullish(),
    outgoing: z.array(z.unknown()).nullish(),
    missed: z.array(z.unknown()).nullish(),
  })
  // An object with none of the three lists is not a (possibly empty) history, e.g. `{"message": …}`.
  .refine((body) => Object.keys(CALL_KINDS).some((key) => key in body), {
    message: 'none of incoming/outgoing/missed',
  });

// ---------------------------------------------------------------------------------------------------------
// Parsing a response body
// ---------------------------------------------------------------------------------------------------------

/** Parses `GET /extensions/{ext}` or `/extensions/me`: a single object (§5.1). */
export function parseExtension(body: unknown): TelavoxExtension {
  const result = wireExtension.safeParse(body);
  if (!result.success) throw unexpected(body, result.error);
  return result.data;
}

/** Parses `GET /extensions/`: an array, validated item by item. */
export function parseExtensionList(body: unknown): ValidatedList<TelavoxExtension> {
  if (!Array.isArray(body))
    throw new UnexpectedResponseError(`expected an array, got ${describeShape(body)}`);
  return validateItems(body, wireExtension);
}

/**
 * Parses `GET /calls` (§5.2) into one list, newest first. The order is established here because the
 * server's order is unconfirmed.
 */
export function parseCallHistory(body: unknown): ValidatedList<CallRecord> {
  const result = wireCallHistory.safeParse(body);
  if (!result.success) throw unexpected(body, result.error);
  const items: CallRecord[] = [];
  let dropped = 0;
  for (const [key, kind] of Object.entries(CALL_KINDS)) {
    const list = validateItems(result.data[key as keyof typeof CALL_KINDS] ?? [], wireCallRecord);
    dropped += list.dropped;
    for (const record of list.items) items.push({ kind, ...record });
  }
  return { items: sortNewestFirst(items), dropped };
}

function validateItems<T>(values: readonly unknown[], schema: z.ZodType<T>): ValidatedList<T> {
  const items: T[] = [];
  for (const value of values) items.push(...validatedItem(schema, value));
  return { items, dropped: values.length - items.length };
}

const WRITTEN_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A sort key per record: the instant of `datetimeISO` when present and valid, else `datetime` as written
 * read as if it were UTC. Without a zone `datetime` has no exact instant (§5.1: presumably Swedish local
 * time), but the key keeps records that only have `datetime` in their written order, and one key per
 * record keeps the comparison consistent. Records with no usable time go last.
 */
function sortKey(record: CallRecord): number {
  if (record.datetimeISO !== null) {
    const instant = Date.parse(record.datetimeISO);
    if (!Number.isNaN(instant)) return instant;
  }
  const match = WRITTEN_DATETIME.exec(record.datetime.trim());
  if (!match) return Number.NEGATIVE_INFINITY;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second || 0);
}

export function sortNewestFirst(records: readonly CallRecord[]): CallRecord[] {
  return records
    .map((record) => ({ record, key: sortKey(record) }))
    .sort((a, b) => (a.key === b.key ? 0 : a.key > b.key ? -1 : 1))
    .map(({ record }) => record);
}

function unexpected(body: unknown, error: z.ZodError): UnexpectedResponseError {
  // Issue paths name our schema's keys and array indexes only; values never leave this function.
  const issues = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
  return new UnexpectedResponseError(`${describeShape(body)} [${issues}]`);
}

/**
 * The structure of a value for diagnostics, e.g. `object{extension:number,name:string}` or
 * `array(3)`: types and field names only, never values (§6 row 12). Names are shortened and reduced
 * to safe characters because they come from the server too.
 */
export function describeShape(value: unknown, depth = 2): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (depth <= 0 || value.length === 0) return `array(${value.length})`;
    return `array(${value.length})[${describeShape(value[0], depth - 1)}]`;
  }
  if (typeof value !== 'object') return typeof value;
  if (depth <= 0) return 'object';
  const keys = Object.keys(value);
  const fields = keys
    .slice(0, 12)
    .map((key) => {
      const safeKey = key.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 32);
      return `${safeKey}:${describeShape((value as Record<string, unknown>)[key], depth - 1)}`;
    })
    .join(',');
  return `object{${fields}${keys.length > 12 ? ',…' : ''}}`;
}
