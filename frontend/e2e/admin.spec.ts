import { expect, test } from '@playwright/test';
import { adminAccount, fillSignIn, newCustomer, signInBrowser } from './support/accounts';
import { uniqueName } from './support/shows';
import { mainNav, searchShows } from './support/ui';

test('the admin signs in on the way to the admin page, creates a show and sees it listed', async ({ page }) => {
  const name = uniqueName('E2E Admin Concert');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
  await fillSignIn(page, adminAccount());

  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('banner')).toContainText('Admin');
  const form = page.getByRole('form', { name: 'Create a show' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Start time').fill('2099-06-01T20:00');
  await form.getByLabel('Number of seats').fill('25');
  await form.getByRole('button', { name: 'Create show' }).click();

  await expect(page.getByText('Show created')).toBeVisible();
  // The list shows a page of upcoming shows, soonest first: find this one by its name.
  await searchShows(page, name);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByRole('cell')).toHaveText([/2099/, 'Scheduled', '25', '25', '0']);

  await mainNav(page).getByRole('link', { name: 'Shows' }).click();
  // the admin page has a search box of the same name: search only once the show list has replaced it
  await expect(page.getByRole('heading', { level: 1, name: 'Shows' })).toBeVisible();
  await searchShows(page, name);
  const card = page.getByRole('article', { name });
  await expect(card).toContainText('25 seats available of 25');
});

test('the create-show form refuses invalid input before sending it', async ({ page }) => {
  await signInBrowser(page, adminAccount());
  await page.goto('/admin');

  const form = page.getByRole('form', { name: 'Create a show' });
  await form.getByLabel('Name').fill('   ');
  await form.getByLabel('Start time').fill('2001-01-01T20:00');
  await form.getByLabel('Number of seats').fill('100001');
  await form.getByRole('button', { name: 'Create show' }).click();

  await expect(form.getByText('Enter a name.')).toBeVisible();
  await expect(form.getByText('The start time must be in the future.')).toBeVisible();
  await expect(form.getByText('Enter a number from 1 to 100,000.')).toBeVisible();
});

test('a customer cannot reach the admin page, and the server refuses them too', async ({ page }) => {
  const customer = await newCustomer('E2E Not Admin');
  await signInBrowser(page, customer);

  await page.goto('/admin');

  await expect(page.getByRole('heading', { level: 1, name: 'Admins only' })).toBeVisible();
  await expect(page.getByText(`You are signed in as ${customer.displayName} (${customer.username}), a customer account.`)).toBeVisible();
  await expect(page.getByRole('form', { name: 'Create a show' })).toHaveCount(0);
  await expect(mainNav(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);
  // The page only saves a dead end: the API itself refuses (403), whatever the browser sends.
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'sb_csrf')?.value ?? '';
  const attempt = await page.request.post('/shows', {
    data: { name: 'Sneaky', startTime: '2099-01-01T20:00:00Z', totalSeats: 5 },
    headers: { 'X-CSRF-Token': csrf },
  });
  expect(attempt.status()).toBe(403);
});
