import { useEffect, useState } from 'preact/hooks';
import { type ResponseOf, sendRequest } from '@/lib/messaging/protocol';
import { requestErrorText } from '@/lib/ui/failure';

export type ConfirmationData = ResponseOf<'get-confirmation'>;

export type ConfirmationLoad =
  | { step: 'loading' }
  | { step: 'loaded'; data: ConfirmationData }
  | { step: 'error'; message: string };

/** The protocol caps ids at 64 characters; anything else can't be a confirmation the background made. */
const ID_PATTERN = /^[\w-]{1,64}$/;

/** The waiting call request with its number preview and the current sign-in, as the background has them. */
export function useConfirmation(id: string): ConfirmationLoad {
  const [load, setLoad] = useState<ConfirmationLoad>({ step: 'loading' });
  useEffect(() => {
    if (!ID_PATTERN.test(id)) {
      setLoad({ step: 'loaded', data: { confirmation: null, preview: null, auth: { status: 'unknown' } } });
      return;
    }
    let current = true;
    sendRequest({ type: 'get-confirmation', id }).then(
      (data) => current && setLoad({ step: 'loaded', data }),
      (error) => current && setLoad({ step: 'error', message: requestErrorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [id]);
  return load;
}

/** The confirmation id from `confirm.html#<id>`. */
export function confirmationIdFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}
