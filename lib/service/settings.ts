import type { CountryCode } from 'libphonenumber-js';
import { defaultSettings, type Settings, settingsSchema } from '@/lib/model';
import { readValid, settingsItem } from '@/lib/storage';

export async function getSettings(): Promise<Settings> {
  return (await readValid(settingsItem, settingsSchema)) ?? defaultSettings;
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export async function getDefaultCountry(): Promise<CountryCode> {
  return (await getSettings()).defaultCountry as CountryCode;
}
