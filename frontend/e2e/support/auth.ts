import { expect, type APIRequestContext, type BrowserContext } from '@playwright/test';

/**
 * Accounts for the browser tests, made through the API (the web app's own sign-in pages come
 * later): customers register and sign in; the admin signs in with the credentials scripts/test.sh
 * passes in E2E_ADMIN_USERNAME / E2E_ADMIN_PASSWORD.
 */
const PASSWORD = 'e2e password 0123';

let adminToken: Promise<string> | undefined;

async function logIn(request: APIRequestContext, username: string, password: string): Promise<string> {
  const response = await request.post('/auth/login', { data: { username, password } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** A new customer account, signed in: its bearer token. */
export async function customerToken(request: APIRequestContext, displayName: string): Promise<string> {
  const username = `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const response = await request.post('/auth/register', { data: { username, password: PASSWORD, displayName } });
  expect(response.status(), await response.text()).toBe(201);
  return logIn(request, username, PASSWORD);
}

/** The admin's bearer token (signed in once per worker). */
export function adminBearer(request: APIRequestContext): Promise<string> {
  const username = process.env.E2E_ADMIN_USERNAME ?? 'admin';
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!password) {
    throw new Error('Set E2E_ADMIN_PASSWORD (and E2E_ADMIN_USERNAME) to the admin credentials of the server under test.');
  }
  adminToken ??= logIn(request, username, password);
  return adminToken;
}

/** Every request of the browser context, the web app's included, carries this bearer token. */
export async function sendToken(context: BrowserContext, token: string) {
  await context.setExtraHTTPHeaders({ Authorization: `Bearer ${token}` });
}
