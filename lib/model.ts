import { z } from 'zod';
import { callRecordSchema, telavoxExtensionSchema, telavoxFailureSchema } from '@/lib/telavox';

/**
 * Domain state shared by the background, the popup and the other extension pages. Every shape that is
 * stored or crosses a message boundary is a Zod schema here, so it is validated on both sides.
 */

export const authModeSchema = z.enum(['session', 'token']);
export type AuthMode = z.infer<typeof authModeSchema>;

/** Auth states from telavox-api.md §6; kept in `storage.session` so a restarted worker keeps them. */
export const authStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unknown') }),
  z.object({
    status: z.literal('signed-in'),
    mode: authModeSchema,
    me: telavoxExtensionSchema,
    checkedAt: z.number(),
  }),
  z.object({ status: z.literal('signed-out'), checkedAt: z.number() }),
  z.object({ status: z.literal('token-invalid'), checkedAt: z.number() }),
  z.object({ status: z.literal('no-permission'), checkedAt: z.number() }),
  /** Telavox could not be asked (offline, slow, rate limited, broken answer): not the same as signed out. */
  z.object({ status: z.literal('unavailable'), failure: telavoxFailureSchema, checkedAt: z.number() }),
]);
export type AuthState = z.infer<typeof authStateSchema>;

export const directorySnapshotSchema = z.object({
  items: z.array(telavoxExtensionSchema),
  dropped: z.number(),
  fetchedAt: z.number(),
});
export type DirectorySnapshot = z.infer<typeof directorySnapshotSchema>;

export const historySnapshotSchema = z.object({
  items: z.array(callRecordSchema),
  dropped: z.number(),
  fetchedAt: z.number(),
});
export type HistorySnapshot = z.infer<typeof historySnapshotSchema>;

const settingsFields = {
  /** Sent explicitly with every dial (telavox-api.md §5.3); false keeps the phone ringing for the user. */
  autoAnswer: z.boolean(),
  /** ISO 3166-1 alpha-2 country for numbers written without + or 00. */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/),
  /** Sites (origins) where the user switched detection off even though access was granted. */
  disabledOrigins: z.array(z.string().max(2048)).max(1000),
  /** When on, a left click on a page's own tel: link opens the Telavox confirmation. */
  openTelLinks: z.boolean(),
  /** Per origin, numbers the user marked "Not a phone number" on that site (number-detection.md §7.2). */
  ignoredNumbers: z.record(z.string().max(2048), z.array(z.string().regex(/^\+[1-9][0-9]{1,14}$/)).max(500)),
};

export const settingsSchema = z.object({
  autoAnswer: settingsFields.autoAnswer.default(false),
  defaultCountry: settingsFields.defaultCountry.default('SE'),
  disabledOrigins: settingsFields.disabledOrigins.default([]),
  openTelLinks: settingsFields.openTelLinks.default(false),
  ignoredNumbers: settingsFields.ignoredNumbers.default({}),
});
/** A change to some settings: no defaults, so fields left out stay as they are. */
export const settingsPatchSchema = z.object(settingsFields).partial();
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

export const numberKindSchema = z.enum(['standard', 'premium', 'shared-cost']);

/** A number the background parsed and validated: what the user is shown before calling. */
export const parsedNumberSchema = z.object({
  e164: z.string(),
  /** What is shown: national format in the user's country, international otherwise. */
  display: z.string(),
  dialString: z.string(),
  extension: z.string().optional(),
  kind: numberKindSchema,
  /** The colleague this number belongs to, if the cached directory knows it. */
  colleague: telavoxExtensionSchema.nullable(),
});
export type ParsedNumber = z.infer<typeof parsedNumberSchema>;

export const numberRefusalSchema = z.enum(['empty', 'emergency', 'short-code', 'letters', 'invalid']);
export type NumberRefusal = z.infer<typeof numberRefusalSchema>;

/** A dial in flight; kept in `storage.session` so a restarted worker never sends it twice (§5.3). */
export const pendingDialSchema = z.object({
  id: z.string(),
  e164: z.string(),
  startedAt: z.number(),
});
export type PendingDial = z.infer<typeof pendingDialSchema>;

/** A call request from a page or the context menu, waiting for the user in an extension window. */
export const confirmationSchema = z.object({
  id: z.string(),
  raw: z.string(),
  origin: z.enum(['page', 'context-menu', 'shortcut']),
  /** Page host the request came from, shown to the user. */
  site: z.string().nullable(),
  createdAt: z.number(),
});
export type Confirmation = z.infer<typeof confirmationSchema>;

export const dialOutcomeSchema = z.discriminatedUnion('status', [
  /** Telavox accepted it: the user's own phone rings first. */
  z.object({ status: z.literal('calling'), e164: z.string(), display: z.string() }),
  /** The same number was dialled moments ago: the UI must ask again before sending. */
  z.object({ status: z.literal('needs-repeat-confirmation'), display: z.string() }),
  z.object({ status: z.literal('needs-premium-confirmation'), display: z.string() }),
  z.object({ status: z.literal('refused'), reason: numberRefusalSchema }),
  /** Another dial is in flight, or the 3 s cooldown has not passed. */
  z.object({ status: z.literal('busy') }),
  z.object({ status: z.literal('failed'), failure: telavoxFailureSchema, outcomeUnknown: z.boolean() }),
]);
export type DialOutcome = z.infer<typeof dialOutcomeSchema>;
