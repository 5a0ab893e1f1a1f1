import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '@/lib/messaging/protocol';
import { defaultSettings } from '@/lib/model';

/** The user's default country, for formatting numbers and matching them to colleagues. */
export function useDefaultCountry(): string {
  const [country, setCountry] = useState(defaultSettings.defaultCountry);
  useEffect(() => {
    let current = true;
    sendRequest({ type: 'get-settings' }).then(
      (settings) => current && setCountry(settings.defaultCountry),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return country;
}
