import { t } from '@/lib/i18n';
import type { AuthState } from '@/lib/model';
import { failureText } from '@/lib/ui/failure';
import { Skeleton } from './Skeleton';

export type SignedOutAuth = Exclude<AuthState, { status: 'signed-in' }>;

interface AuthPanelProps {
  auth: SignedOutAuth;
  /** The Telavox API host the extension needs access to, e.g. `api.telavox.se`. */
  apiHost: string;
  now: number;
  onSignIn: () => void;
  onOpenOptions: () => void;
  /** Must run `permissions.request` synchronously: browsers grant it only inside the click. */
  onGrantAccess: () => void;
  onRetry: () => void;
  /** Shown under the actions, e.g. when the user declined the permission prompt. */
  note?: string | null;
}

/** Everything the popup shows instead of the dialer while the user can't place calls (telavox-api.md §3, §6). */
export function AuthPanel({
  auth,
  apiHost,
  now,
  onSignIn,
  onOpenOptions,
  onGrantAccess,
  onRetry,
  note,
}: AuthPanelProps) {
  if (auth.status === 'unknown') {
    return (
      <section class="auth-panel" aria-label={t('auth.checking')}>
        <Skeleton lines={3} />
      </section>
    );
  }
  const view = panelContent(auth, apiHost, now);
  return (
    <section class="auth-panel" aria-labelledby="auth-panel-title">
      <h2 id="auth-panel-title" class="auth-panel__title">
        {view.title}
      </h2>
      <p class="auth-panel__body">{view.body}</p>
      <div class="auth-panel__actions">
        {auth.status === 'signed-out' && (
          <>
            <button type="button" class="button button--primary" onClick={onSignIn}>
              {t('auth.signedOut.signIn')}
            </button>
            <button type="button" class="button button--secondary" onClick={onOpenOptions}>
              {t('auth.signedOut.useToken')}
            </button>
          </>
        )}
        {auth.status === 'token-invalid' && (
          <button type="button" class="button button--primary" onClick={onOpenOptions}>
            {t('auth.tokenInvalid.replace')}
          </button>
        )}
        {auth.status === 'no-permission' && (
          <button type="button" class="button button--primary" onClick={onGrantAccess}>
            {t('auth.noPermission.grant')}
          </button>
        )}
        {auth.status === 'unavailable' && (
          <button type="button" class="button button--primary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
      </div>
      {note && (
        <p class="auth-panel__note" role="status">
          {note}
        </p>
      )}
    </section>
  );
}

function panelContent(auth: Exclude<SignedOutAuth, { status: 'unknown' }>, apiHost: string, now: number) {
  switch (auth.status) {
    case 'signed-out':
      return { title: t('auth.signedOut.title'), body: t('auth.signedOut.body') };
    case 'token-invalid':
      return { title: t('auth.tokenInvalid.title'), body: t('auth.tokenInvalid.body') };
    case 'no-permission':
      return { title: t('auth.noPermission.title'), body: t('auth.noPermission.body', { host: apiHost }) };
    case 'unavailable':
      return { title: t('auth.unavailable.title'), body: failureText(auth.failure, now) };
  }
}
