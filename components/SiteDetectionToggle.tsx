import { t } from '@/lib/i18n';
import type { SiteAccess } from '@/lib/messaging/protocol';

interface SiteDetectionToggleProps {
  access: SiteAccess & { origin: string };
  busy: boolean;
  error: string | null;
  /** Enabling must request the host permission synchronously inside this click. */
  onToggle: (enabled: boolean) => void;
}

/** Whether numbers are found on the current site: on when access is granted and not switched off. */
export function SiteDetectionToggle({ access, busy, error, onToggle }: SiteDetectionToggleProps) {
  const enabled = access.granted && !access.disabled;
  const host = hostOf(access.origin);
  return (
    <div class="site-toggle">
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={enabled}
        disabled={busy}
        onClick={() => onToggle(!enabled)}
      >
        <span class="switch__track" aria-hidden="true">
          <span class="switch__thumb" />
        </span>
        <span class="switch__label">{t('site.detect', { site: host })}</span>
      </button>
      {access.allSites && <p class="site-toggle__note">{t('site.allSites')}</p>}
      {!access.granted && <p class="site-toggle__note">{t('site.notGranted')}</p>}
      {error && (
        <p class="site-toggle__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
