import { t } from '@/lib/i18n';
import { NumberPreview, type PreviewResponse } from './NumberPreview';

interface DialerFormProps {
  value: string;
  preview: PreviewResponse | null;
  /** Disables the Call button while a dial is being sent. */
  sending: boolean;
  onInput: (value: string) => void;
  onCall: (raw: string) => void;
}

/** A number field with its live preview and a Call button; Enter calls, like the button. */
export function DialerForm({ value, preview, sending, onInput, onCall }: DialerFormProps) {
  const refused = preview?.ok === false;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (value.trim() !== '' && !sending) onCall(value);
  };
  return (
    <form class="dialer" onSubmit={onSubmit} noValidate>
      <label class="dialer__label" for="dialer-number">
        {t('dialer.label')}
      </label>
      <div class="dialer__row">
        <input
          id="dialer-number"
          class="dialer__input"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          // biome-ignore lint/a11y/noAutofocus: dialling is what the popup is opened for
          autoFocus
          maxLength={200}
          placeholder={t('dialer.placeholder')}
          value={value}
          aria-describedby="dialer-preview"
          aria-invalid={refused && preview.reason !== 'empty'}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button type="submit" class="button button--primary" disabled={sending || value.trim() === ''}>
          {t('dialer.call')}
        </button>
      </div>
      <NumberPreview preview={preview} id="dialer-preview" />
    </form>
  );
}
