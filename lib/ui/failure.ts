import { t } from '@/lib/i18n';
import { MessageError } from '@/lib/messaging/protocol';
import type { NumberRefusal } from '@/lib/model';
import type { TelavoxFailure } from '@/lib/telavox/errors';
import { waitText } from './time';

/**
 * What the user reads for a Telavox failure (telavox-api.md §6). Telavox's own message, when there is one,
 * is shown as plain text: it is already stripped of control characters and capped by the background.
 */
export function failureText(failure: TelavoxFailure, now: number = Date.now()): string {
  switch (failure.kind) {
    case 'rate-limited':
      return failure.retryAt !== undefined && failure.retryAt > now
        ? t('failure.rateLimitedWait', { wait: waitText(failure.retryAt, now) })
        : t('failure.rate-limited');
    case 'rejected':
      if (failure.message) return failure.message;
      return failure.status !== undefined
        ? t('failure.rejectedStatus', { status: failure.status })
        : t('failure.rejected');
    case 'forbidden':
    case 'not-found':
      return failure.message
        ? `${t(`failure.${failure.kind}`)} ${t('failure.telavoxSays', { message: failure.message })}`
        : t(`failure.${failure.kind}`);
    default:
      return t(`failure.${failure.kind}`);
  }
}

export function refusalText(reason: NumberRefusal): string {
  return t(`refusal.${reason}`);
}

/** Text for an error thrown by `sendRequest` (the background failed or did not answer). */
export function requestErrorText(error: unknown): string {
  return error instanceof MessageError ? t('failure.extension') : t('failure.unknown');
}
