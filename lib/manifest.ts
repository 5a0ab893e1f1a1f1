import { originPattern, resolveTelavoxConfig } from './config';

type Browser = string;
type Env = Record<string, string | undefined>;

/**
 * The manifest, least privilege first: host access to the Telavox API only. Detection on web pages is
 * opt-in through optional host permissions, granted per site or for all sites from a user gesture.
 */
export function buildManifest(browser: Browser, env: Env) {
  const config = resolveTelavoxConfig(env);
  const manifest: Record<string, unknown> = {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'notifications', 'activeTab', 'scripting'],
    host_permissions: [originPattern(config.apiUrl)],
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'call-selection': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandCallSelection__',
      },
    },
  };
  if (browser === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: {
        id: 'click-to-call@telavox-extension.org',
        strict_min_version: '142.0',
        // The extension sends data only to Telavox, on the user's own behalf.
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

/**
 * WXT adds the `matches` of every content script to `host_permissions`, even for scripts registered at
 * run time. Detection is opt-in here, so after generation the required host access is put back to the
 * Telavox API alone; page access stays in `optional_host_permissions`.
 */
export function restrictHostPermissions(manifest: object, env: Env): void {
  (manifest as { host_permissions?: string[] }).host_permissions = [
    originPattern(resolveTelavoxConfig(env).apiUrl),
  ];
}
