import { isExecutable, onPath } from './executables.ts';

/** Names Chromium and Chrome go by on PATH (Debian `chromium`, Ubuntu/Fedora packages, Chrome). */
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
/** Where the macOS app bundles keep their binaries. */
const APP_BUNDLES = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const HOW =
  'install Chromium (Debian: sudo apt-get install chromium; Ubuntu: sudo snap install chromium; macOS: brew install --cask chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary';

/**
 * The Chromium the browser tests drive (playwright-core never downloads one): CHROMIUM_PATH when
 * set, else the first one found on PATH or in the usual app folders. Throws one line saying how
 * to get one, so a machine without it fails with that instead of a launch stack trace.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  appBundles: readonly string[] = APP_BUNDLES,
): string {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new Error(`CHROMIUM_PATH is ${configured}, which is not a program that can run: ${HOW}.`);
  }
  for (const name of ON_PATH) {
    const found = onPath(name, env.PATH ?? '');
    if (found) return found;
  }
  const bundle = appBundles.find(isExecutable);
  if (bundle) return bundle;
  throw new Error(`No Chromium for the browser tests (looked for ${ON_PATH.join(', ')} on PATH): ${HOW}.`);
}
