import type { RequestHandlers } from '@/lib/messaging/router';
import type { TelavoxService } from '@/lib/service';
import { getSettings, updateSettings } from '@/lib/service/settings';
import type { Confirmations } from './confirmations';
import { originOf, type SiteAccessService } from './site-access';

const MAX_IGNORED_PER_SITE = 500;

export interface HandlerDeps {
  service: TelavoxService;
  siteAccess: SiteAccessService;
  confirmations: Confirmations;
  openOptions(): Promise<void>;
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host || null : null;
  } catch {
    return null;
  }
}

/** One thin handler per request of `lib/messaging/protocol.ts`; behaviour lives in the service. */
export function createRequestHandlers({
  service,
  siteAccess,
  confirmations,
  openOptions,
}: HandlerDeps): RequestHandlers {
  return {
    'get-status': ({ refresh }) => service.status(refresh),
    'sign-in': async () => {
      await service.signIn();
      return {};
    },
    'open-options': async () => {
      await openOptions();
      return {};
    },
    'preview-number': ({ raw }) => service.preview(raw),
    dial: async ({ raw, confirmRepeat, confirmPremium, confirmationId }) => {
      if (confirmationId) {
        // A confirmation window may dial only the number it was opened for.
        const confirmation = await confirmations.get(confirmationId);
        if (!confirmation || confirmation.raw !== raw) return { status: 'refused', reason: 'invalid' };
      }
      const outcome = await service.dial({ raw, confirmRepeat, confirmPremium });
      if (confirmationId && outcome.status === 'calling') await confirmations.remove(confirmationId);
      return outcome;
    },
    hangup: () => service.hangup(),
    'get-directory': ({ refresh }) => service.directory(refresh),
    'get-history': ({ refresh }) => service.history(refresh),
    'get-confirmation': async ({ id }) => {
      const confirmation = await confirmations.get(id);
      const auth = (await service.status('if-stale')).auth;
      return { confirmation, preview: confirmation ? await service.preview(confirmation.raw) : null, auth };
    },
    'cancel-confirmation': async ({ id }) => {
      await confirmations.remove(id);
      return {};
    },
    'get-settings': () => getSettings(),
    'update-settings': async ({ patch }) => {
      const settings = await updateSettings(patch);
      if (patch.disabledOrigins) await siteAccess.syncDetection();
      return settings;
    },
    'save-token': ({ token, remember }) => service.saveToken(token, remember),
    'remove-token': () => service.removeToken(),
    'get-site-access': ({ url }) => siteAccess.getSiteAccess(url),
    'set-site-access': ({ url, enabled }) => siteAccess.setSiteAccess(url, enabled),
    'lookup-number': ({ e164 }) => service.lookup(e164),
    'ignore-number': async ({ e164 }, sender) => {
      // The site comes from the browser's sender record, never from the page's own claim.
      const origin = sender.url ? originOf(sender.url) : null;
      if (!origin) return { ignored: false };
      const { ignoredNumbers } = await getSettings();
      const forSite = [...new Set([...(ignoredNumbers[origin] ?? []), e164])].slice(-MAX_IGNORED_PER_SITE);
      await updateSettings({ ignoredNumbers: { ...ignoredNumbers, [origin]: forSite } });
      return { ignored: true };
    },
    'request-call': async ({ raw }, sender) => ({
      opened: await confirmations.open(raw, 'page', hostOf(sender.url), sender.tabId),
    }),
  };
}
