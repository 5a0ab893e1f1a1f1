import { t } from '@/lib/i18n';
import type { TelavoxExtension } from '@/lib/telavox/schemas';
import { presenceOf } from '@/lib/ui/presence';
import { PresenceDot } from './PresenceDot';

/** Who is signed in, on which extension, and their presence as Telavox reports it. */
export function StatusHeader({ me }: { me: TelavoxExtension }) {
  const presence = presenceOf(me);
  return (
    <header class="status-header">
      <div class="status-header__identity">
        <h1 class="status-header__name">{me.name}</h1>
        <p class="status-header__extension">{t('header.extension', { extension: me.extension })}</p>
      </div>
      <p class="status-header__presence">
        <PresenceDot tone={presence.tone} />
        <span class="status-header__presence-name">{presence.label}</span>
        {presence.until && <span class="status-header__until">{presence.until}</span>}
      </p>
      {presence.message && <p class="status-header__message">{presence.message}</p>}
    </header>
  );
}
