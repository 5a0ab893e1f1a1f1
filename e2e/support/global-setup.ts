import { buildExtension } from './build-extension';
import { E2E_OUT_DIR, E2E_SANDBOX_URL } from './paths';

export default function setup() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  buildExtension({ browser: 'chrome', sandboxUrl: E2E_SANDBOX_URL, outDir: E2E_OUT_DIR });
  buildExtension({ browser: 'firefox', sandboxUrl: E2E_SANDBOX_URL, outDir: E2E_OUT_DIR });
}
