import { execFileSync } from 'node:child_process';
import { ROOT } from './paths';

/**
 * Builds the extension configured for a local sandbox: its host permission and every request then go to
 * that server and nowhere else.
 */
export function buildExtension(options: {
  browser: 'chrome' | 'firefox';
  sandboxUrl: string;
  outDir: string;
}) {
  execFileSync('npx', ['wxt', 'build', '-b', options.browser], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      WXT_TELAVOX_API_URL: options.sandboxUrl,
      WXT_TELAVOX_HOME_URL: `${options.sandboxUrl}/`,
      TELAVOX_OUT_DIR: options.outDir,
    },
  });
}
