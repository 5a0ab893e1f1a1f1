import { useMemo, useState } from 'preact/hooks';
import { getLocale, t } from '@/lib/i18n';
import { useAllSitesDetection } from './useAllSitesDetection';
import { useSettings } from './useSettings';
import { useToken } from './useToken';

/** Countries offered for numbers written without a country code; Telavox operates in the Nordics first. */
export const COUNTRIES = [
  'SE',
  'NO',
  'DK',
  'FI',
  'IS',
  'EE',
  'LV',
  'LT',
  'GB',
  'IE',
  'DE',
  'NL',
  'FR',
  'ES',
  'PL',
  'US',
];

export function OptionsApp() {
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <SignInSection />
      <SettingsSection />
      <DetectionSection />
      <section class="options__section" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('options.privacy.heading')}</h2>
        <p>{t('options.privacy.body')}</p>
      </section>
    </main>
  );
}

function SignInSection() {
  const token = useToken();
  const [value, setValue] = useState('');
  const [visible, setVisible] = useState(false);
  const [remember, setRemember] = useState(false);
  const usingToken = token.status?.hasToken ?? false;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed === '' || token.busy) return;
    // A working token is not kept in the page once the background holds it.
    if (await token.save(trimmed, remember)) setValue('');
  };

  return (
    <section class="options__section" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{t('options.signIn.heading')}</h2>
      <p>{t('options.signIn.session')}</p>
      <p>{t('options.signIn.token')}</p>
      {token.status && (
        <p class="options__mode">{usingToken ? t('options.mode.token') : t('options.mode.session')}</p>
      )}
      <form class="token-form" onSubmit={onSubmit}>
        <label for="api-token">{t('options.token.label')}</label>
        <div class="token-form__row">
          <input
            id="api-token"
            type={visible ? 'text' : 'password'}
            autoComplete="off"
            spellcheck={false}
            maxLength={4096}
            value={value}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
          <button
            type="button"
            class="button button--secondary"
            aria-pressed={visible}
            aria-controls="api-token"
            onClick={() => setVisible(!visible)}
          >
            {visible ? t('options.token.hide') : t('options.token.show')}
          </button>
        </div>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={remember}
            onChange={(event) => setRemember(event.currentTarget.checked)}
          />
          <span>{t('options.token.remember')}</span>
        </label>
        <p class="hint">{t('options.token.rememberHint')}</p>
        <div class="token-form__actions">
          <button type="submit" class="button button--primary" disabled={token.busy || value.trim() === ''}>
            {token.busy ? t('options.token.saving') : t('options.token.save')}
          </button>
          {usingToken && (
            <button
              type="button"
              class="button button--secondary"
              disabled={token.busy}
              onClick={() => void token.remove()}
            >
              {t('options.token.remove')}
            </button>
          )}
        </div>
        <p class={`token-form__result ${token.message?.ok === false ? 'is-error' : ''}`} role="status">
          {token.message?.text}
        </p>
      </form>
    </section>
  );
}

function DetectionSection() {
  const { enabled, denied, toggle } = useAllSitesDetection();
  if (enabled === null) return null;
  return (
    <section class="options__section" aria-labelledby="detection-heading">
      <h2 id="detection-heading">{t('options.detection.heading')}</h2>
      <p>{t('options.detection.body')}</p>
      <label class="checkbox">
        <input type="checkbox" checked={enabled} onChange={(event) => toggle(event.currentTarget.checked)} />
        <span>{t('options.detection.allSites')}</span>
      </label>
      {denied && (
        <p class="options__saved is-error" role="status">
          {t('options.detection.denied')}
        </p>
      )}
    </section>
  );
}

function SettingsSection() {
  const { settings, message, update } = useSettings();
  const saved = t('options.settings.saved');
  const countries = useMemo(() => countryOptions(settings?.defaultCountry), [settings?.defaultCountry]);
  if (!settings) return null;
  return (
    <section class="options__section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('options.settings.heading')}</h2>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={settings.autoAnswer}
          aria-describedby="auto-answer-hint"
          onChange={(event) => void update({ autoAnswer: event.currentTarget.checked }, saved)}
        />
        <span>{t('options.settings.autoAnswer')}</span>
      </label>
      <p class="hint" id="auto-answer-hint">
        {t('options.settings.autoAnswerHint')}
      </p>
      <label class="field">
        <span>{t('options.settings.country')}</span>
        <select
          value={settings.defaultCountry}
          onChange={(event) => void update({ defaultCountry: event.currentTarget.value }, saved)}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </label>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={settings.openTelLinks}
          aria-describedby="tel-links-hint"
          onChange={(event) => void update({ openTelLinks: event.currentTarget.checked }, saved)}
        />
        <span>{t('options.settings.telLinks')}</span>
      </label>
      <p class="hint" id="tel-links-hint">
        {t('options.settings.telLinksHint')}
      </p>
      <p class={`options__saved ${message?.ok === false ? 'is-error' : ''}`} role="status">
        {message?.text}
      </p>
    </section>
  );
}

/** The offered countries by name in the UI language, plus the stored one if it is not among them. */
export function countryOptions(current: string | undefined): { code: string; name: string }[] {
  const codes = current && !COUNTRIES.includes(current) ? [...COUNTRIES, current] : COUNTRIES;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([getLocale()], { type: 'region' });
  } catch {
    names = null;
  }
  return codes.map((code) => ({ code, name: names?.of(code) ?? code }));
}
