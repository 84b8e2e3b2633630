import { expect, type Page } from '@playwright/test';
import { adminBearer, customerToken, sendToken } from './auth';

/**
 * Signs in through the header, as a person would, and (until the web app has its real sign-in
 * pages) gives the browser the matching account's token: a new customer, or the admin.
 */
export async function signIn(page: Page, name: string, role: 'user' | 'admin' = 'user') {
  const request = page.context().request;
  await sendToken(page.context(), role === 'admin' ? await adminBearer(request) : await customerToken(request, name));
  await page.getByRole('banner').getByRole('button', { name: 'Sign in' }).click();
  const form = page.getByRole('form', { name: 'Sign in', exact: true });
  await form.getByLabel('Your name').fill(name);
  await form.getByRole('radio', { name: role === 'admin' ? 'Admin' : 'User' }).check();
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${name}`);
}

export function seat(page: Page, number: number, state: string) {
  return page.getByRole('gridcell', { name: `Seat ${number}, ${state}`, exact: true });
}

export function statusHeading(page: Page, text: string) {
  return page.getByRole('heading', { name: text });
}
