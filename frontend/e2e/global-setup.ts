import { existsSync } from 'node:fs';
import { baseURL, chromiumPath } from '../playwright.config';

/** Fails at once, and says why, when the server or the browser is missing. */
export default async function globalSetup() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}. Install it with scripts/ensure-chromium.sh (or set CHROMIUM_PATH).`);
  }
  const health = `${baseURL}/health`;
  let status: number;
  try {
    status = (await fetch(health, { signal: AbortSignal.timeout(5_000) })).status;
  } catch (error) {
    throw new Error(
      `The server is not reachable at ${health} (${(error as Error).message}).\n` +
        'Start the application first (see the README), or point E2E_BASE_URL at a running one.',
    );
  }
  if (status !== 200) {
    throw new Error(`${health} answered HTTP ${status}: the server is up but not healthy (is PostgreSQL running?).`);
  }
  if (!process.env.E2E_ADMIN_PASSWORD) {
    throw new Error(
      'E2E_ADMIN_PASSWORD is not set: the tests create shows as the first admin. Start the app with ADMIN_PASSWORD\n' +
        'set and pass the same value (and E2E_ADMIN_USERNAME, unless it is "admin"); scripts/test.sh does both.',
    );
  }
}
