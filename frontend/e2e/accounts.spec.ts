import { expect, test } from '@playwright/test';
import { bearer, fillSignIn, freshAccount, newCustomer, signInBrowser } from './support/accounts';
import { bookThroughApi, createShow } from './support/shows';
import { mainNav, seat, statusHeading } from './support/ui';

test('a visitor registers, books, and finds the booking in My bookings after signing in again', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Register');
  const account = freshAccount('E2E Newcomer');
  await page.goto(`/booking/${show.id}`);
  await seat(page, 7, 'available').click();
  await seat(page, 8, 'available').click();

  await page.getByRole('region', { name: 'Sign in to book seats' }).getByRole('link', { name: 'Create an account' }).click();
  const form = page.getByRole('form', { name: 'Create an account' });
  await form.getByLabel('Your name').fill(account.displayName);
  await form.getByLabel('Username').fill(account.username);
  await form.getByLabel('Password', { exact: true }).fill(account.password);
  await form.getByRole('button', { name: 'Create account' }).click();

  // Back on the show, signed in, with the seats picked before still selected.
  await expect(page).toHaveURL(new RegExp(`/booking/${show.id}$`));
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${account.displayName}`);
  await expect(seat(page, 7, 'selected')).toBeVisible();
  await expect(seat(page, 8, 'selected')).toBeVisible();
  await page.getByRole('button', { name: 'Book now' }).click();
  await expect(statusHeading(page, 'CONFIRMED Booking confirmed')).toBeVisible();
  await expect(page.getByText(`Seats 7 and 8 are booked for ${account.displayName}.`)).toBeVisible();

  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'My bookings' })).toHaveCount(0);

  await page.goto('/my-bookings');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmy-bookings$/);
  await fillSignIn(page, account);
  await expect(page).toHaveURL(/\/my-bookings$/);
  const booking = page.getByRole('article', { name: show.name });
  await expect(booking).toContainText('CONFIRMED Booking confirmed');
  await expect(booking).toContainText('Seats7 and 8');
  await expect(booking).toContainText(`Attendee${account.displayName}`);
});

test('the sign-in form says when the password is wrong', async ({ page }) => {
  const account = await newCustomer();
  await page.goto('/sign-in');

  await fillSignIn(page, { ...account, password: 'not the password' });

  await expect(page.getByRole('alert')).toContainText('Wrong username or password');
  await expect(page.getByRole('form', { name: 'Sign in' }).getByLabel('Password', { exact: true })).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('My bookings cancels a hold after asking, and the seats are free again', async ({ page, request }) => {
  const show = await createShow(request, 'E2E My Hold');
  const account = await newCustomer();
  await signInBrowser(page, account);
  const hold = await request.post(`/shows/${show.id}/bookings`, { data: { seats: [3, 4], hold: true }, headers: await bearer(account) });
  expect(hold.status()).toBe(201);

  await page.goto('/my-bookings');
  const booking = page.getByRole('article', { name: show.name });
  await expect(booking).toContainText('PENDING Seats held');
  await expect(booking.getByRole('timer')).toBeVisible();
  await booking.getByRole('button', { name: /^Cancel hold/ }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Cancel this hold?' });
  await expect(dialog.getByRole('button', { name: 'Keep hold' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel hold' }).click();

  await expect(booking).toContainText('CANCELLED Booking cancelled');
  await expect(booking.getByRole('button', { name: /^Cancel/ })).toHaveCount(0);
  await page.getByRole('link', { name: `Seat map of ${show.name}` }).click();
  await expect(seat(page, 3, 'available')).toBeVisible();
});

test('a second person cannot open the first one’s booking', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Private');
  const [first, second] = await Promise.all([newCustomer('E2E Owner'), newCustomer('E2E Stranger')]);
  const booking = await bookThroughApi(request, show.id, [2], first);

  // Its owner sees it...
  await signInBrowser(page, first);
  await page.goto(`/my-bookings/${booking.id}`);
  await expect(page.getByRole('article', { name: show.name })).toContainText('CONFIRMED Booking confirmed');

  // ...someone else is told there is no such booking, as the API says (404, never 403).
  await page.context().clearCookies();
  await signInBrowser(page, second);
  await page.goto(`/my-bookings/${booking.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Booking not found' })).toBeVisible();
  await expect(page.getByText(/None of your bookings has this id/)).toBeVisible();
  const answer = await request.get(`/bookings/${booking.id}`, { headers: await bearer(second) });
  expect(answer.status()).toBe(404);
  const cancel = await request.post(`/bookings/${booking.id}/cancel`, { headers: await bearer(second) });
  expect(cancel.status()).toBe(404);
});

test('a session that ends sends the person to sign in and back, with the selected seats kept', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Expired Session');
  const account = await newCustomer();
  await signInBrowser(page, account);
  await page.goto(`/booking/${show.id}`);
  await seat(page, 11, 'available').click();
  await seat(page, 12, 'available').click();

  // As if the session expired: the browser no longer holds a valid one.
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Book now' }).click();

  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByText('Your session has ended')).toBeVisible();
  await fillSignIn(page, account);
  await expect(page).toHaveURL(new RegExp(`/booking/${show.id}$`));
  await expect(seat(page, 11, 'selected')).toBeVisible();
  await expect(seat(page, 12, 'selected')).toBeVisible();
  await page.getByRole('button', { name: 'Book now' }).click();
  await expect(statusHeading(page, 'CONFIRMED Booking confirmed')).toBeVisible();
});
