import type { CountryCode } from 'libphonenumber-js';
import type { NumberRefusal, ParsedNumber } from '@/lib/model';
import { parseDialInput } from '@/lib/phone/dial-input';
import { formatPhoneNumber } from '@/lib/phone/format';
import { toDialString } from '@/lib/telavox';
import type { DirectoryService } from './directory';

export type NumberPreview = { ok: true; parsed: ParsedNumber } | { ok: false; reason: NumberRefusal };

/**
 * Turns whatever the user or a page handed us into the exact number that would be dialled. This runs in
 * the background with full metadata whatever the caller already checked (telavox-api.md §10): the popup,
 * the confirmation window and the dialer all show this result, and `dial` re-runs it.
 */
export async function previewNumber(
  raw: string,
  defaultCountry: CountryCode,
  directory: DirectoryService,
): Promise<NumberPreview> {
  const trimmed = raw.trim();
  // A colleague's extension from the directory is dialled exactly as Telavox returned it (§10 step 5).
  if (/^[0-9]{2,17}$/.test(trimmed)) {
    const colleague = await directory.findByExtensionDigits(trimmed, defaultCountry);
    if (colleague) {
      const parsed = parseDialInput(trimmed, { defaultCountry });
      return {
        ok: true,
        parsed: {
          e164: parsed.ok ? parsed.e164 : trimmed,
          display: parsed.ok ? formatPhoneNumber(parsed.e164, defaultCountry) : trimmed,
          dialString: toDialString(trimmed),
          kind: parsed.ok ? parsed.kind : 'standard',
          colleague,
        },
      };
    }
  }
  const parsed = parseDialInput(raw, { defaultCountry });
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const colleague = await directory.findColleague(parsed.e164, defaultCountry);
  return {
    ok: true,
    parsed: {
      e164: parsed.e164,
      display: formatPhoneNumber(parsed.e164, defaultCountry),
      dialString: toDialString(parsed.e164),
      ...(parsed.extension ? { extension: parsed.extension } : {}),
      kind: parsed.kind,
      colleague,
    },
  };
}
