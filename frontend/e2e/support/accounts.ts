import { expect, request as apiRequest, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';

export interface Account {
  username: string;
  password: string;
  displayName: string;
}

function suffix(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** Posts with a cookie jar of its own, so no test's session leaks into another's requests. */
async function post(path: string, data: unknown) {
  const context = await apiRequest.newContext({ baseURL });
  try {
    const response = await context.post(path, { data });
    return { status: response.status(), body: await response.text() };
  } finally {
    await context.dispose();
  }
}

/** A made-up customer, not registered yet: for the registration form. Only the username is unique. */
export function freshAccount(name = 'E2E Customer'): Account {
  const id = suffix();
  return { username: `e2e-${id}`, password: `pass-${id}-phrase`, displayName: name };
}

/** A new customer account, registered through the API. */
export async function newCustomer(name?: string): Promise<Account> {
  const account = freshAccount(name);
  const { status, body } = await post('/auth/register', account);
  expect(status, body).toBe(201);
  return account;
}

/** The first admin, whose password scripts/test.sh generates and hands over. */
export function adminAccount(): Account {
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!password) {
    throw new Error('Set E2E_ADMIN_PASSWORD (and E2E_ADMIN_USERNAME unless it is "admin") to the app\'s first admin.');
  }
  return { username: process.env.E2E_ADMIN_USERNAME ?? 'admin', password, displayName: 'Admin' };
}

const tokens = new Map<string, Promise<string>>();

/** A bearer token for the account (signed in once per test worker). */
export function tokenFor(account: Account): Promise<string> {
  let token = tokens.get(account.username);
  if (!token) {
    token = post('/auth/login', { username: account.username, password: account.password }).then(({ status, body }) => {
      expect(status, body).toBe(200);
      return (JSON.parse(body) as { token: string }).token;
    });
    tokens.set(account.username, token);
  }
  return token;
}

export async function bearer(account: Account): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${await tokenFor(account)}` };
}

/**
 * Signs the browser in as the account, as the sign-in form does: the server's session and CSRF
 * cookies land in the page's browser context. For tests about something other than signing in.
 */
export async function signInBrowser(page: Page, account: Account) {
  const response = await page.request.post('/auth/login', { data: { username: account.username, password: account.password } });
  expect(response.status(), await response.text()).toBe(200);
}

/** Signs in through the sign-in page the browser is on, as a person would. */
export async function fillSignIn(page: Page, account: Account) {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Username').fill(account.username);
  await form.getByLabel('Password', { exact: true }).fill(account.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}
