import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminAccount, bearer, newCustomer, signInBrowser } from './support/accounts';
import { bookThroughApi, createShow, uniqueName } from './support/shows';
import { searchShows } from './support/ui';

/** Issue 13's admin flows: edit (with If-Match), cancel, bookings per show, and the paged, searchable show list. */

async function openAdminShow(page: Page, showId: string, name: string) {
  await signInBrowser(page, adminAccount());
  await page.goto(`/admin/shows/${showId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Changes a show as another admin would, straight through the API with the ETag it read. */
async function renameThroughApi(request: APIRequestContext, showId: string, name: string) {
  const headers = await bearer(adminAccount());
  const current = await request.get(`/shows/${showId}`, { headers });
  expect(current.status()).toBe(200);
  const etag = current.headers()['etag'] ?? '';
  const patched = await request.patch(`/shows/${showId}`, { data: { name }, headers: { ...headers, 'If-Match': etag } });
  expect(patched.status(), await patched.text()).toBe(200);
}

test('the admin edits a show’s name and start time from the admin list', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Edit Me');
  const renamed = uniqueName('E2E Edited');
  await signInBrowser(page, adminAccount());
  await page.goto('/admin');
  await searchShows(page, show.name);
  await page.getByRole('link', { name: show.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: show.name })).toBeVisible();

  const form = page.getByRole('form', { name: 'Edit show' });
  await form.getByLabel('Name').fill(renamed);
  await form.getByLabel('Start time').fill('2099-07-01T19:30');
  await form.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByText(`Changes saved: ${renamed}.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  const saved = (await (await request.get(`/shows/${show.id}`)).json()) as { name: string; startTime: string };
  expect(saved.name).toBe(renamed);
  expect(new Date(saved.startTime).getFullYear()).toBe(2099);
});

test('an edit of a show someone else changed meanwhile is refused with a reload', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Stale Edit');
  const theirs = uniqueName('E2E Their Name');
  await openAdminShow(page, show.id, show.name);
  const form = page.getByRole('form', { name: 'Edit show' });
  await form.getByLabel('Name').fill(uniqueName('E2E My Name'));

  await renameThroughApi(request, show.id, theirs);
  await form.getByRole('button', { name: 'Save changes' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'Someone else changed this show' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Reload show' }).click();
  await expect(form.getByLabel('Name')).toHaveValue(theirs);
  await expect(page.getByRole('heading', { level: 1, name: theirs })).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test('the admin cancels a show with bookings, and its customer sees it cancelled', async ({ page, browser, request }) => {
  // Two browsers and many pages: on a machine busy with builds this takes a while.
  test.slow();
  const show = await createShow(request, 'E2E Cancel Me', 30);
  const customer = await newCustomer('E2E Cancelled Customer');
  await bookThroughApi(request, show.id, [1, 2], customer);
  await bookThroughApi(request, show.id, [5]);
  await openAdminShow(page, show.id, show.name);

  await page.getByRole('button', { name: 'Cancel show…' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Cancel ${show.name}?` });
  await expect(dialog).toContainText('Its 2 bookings (held or confirmed) are cancelled too');
  await dialog.getByRole('button', { name: 'Cancel show' }).click();

  await expect(page.getByText('The show is cancelled, and all 2 bookings with it.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('A cancelled show can no longer be edited.')).toBeVisible();

  const customerContext = await browser.newContext();
  try {
    const customerPage = await customerContext.newPage();
    await signInBrowser(customerPage, customer);
    await customerPage.goto('/my-bookings');
    const booking = customerPage.getByRole('article', { name: show.name });
    // The first answer after a navigation can take long on a machine busy with builds.
    await expect(booking).toContainText('CANCELLED Show cancelled', { timeout: 30_000 });
    await expect(booking).toContainText('The show was cancelled, so this booking was cancelled and its seats released.');

    await customerPage.goto(`/booking/${show.id}`);
    await expect(customerPage.getByText(/It can no longer be booked/)).toBeVisible({ timeout: 30_000 });
    await expect(customerPage.getByRole('grid')).toHaveCount(0);

    await customerPage.goto('/');
    await searchShows(customerPage, show.name);
    await expect(customerPage.getByRole('article', { name: show.name })).toContainText('Cancelled');
  } finally {
    await customerContext.close();
  }
});

test('the bookings table filters by status and user and downloads CSV', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Bookings Table', 40);
  const ada = await newCustomer('E2E Ada');
  const bob = await newCustomer('E2E Bob');
  await bookThroughApi(request, show.id, [1, 2], ada);
  const held = await request.post(`/shows/${show.id}/bookings`, { data: { seats: [7], hold: true }, headers: await bearer(bob) });
  expect(held.status()).toBe(201);
  await openAdminShow(page, show.id, show.name);

  const table = page.getByRole('table', { name: 'Bookings, page 1' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(page.getByText('2 bookings.')).toBeVisible();

  await page.getByLabel('Status').selectOption({ label: 'Held' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(bob.username);
  await expect(table).toContainText('PENDING');

  await page.getByLabel('Status').selectOption({ label: 'Any status' });
  await page.getByLabel('Username').fill(ada.username);
  await page.getByLabel('Username').press('Enter');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(ada.username);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bookings-.*\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('id,username,status,seats,created_at,updated_at');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(ada.username);
  await expect(page.getByText(/^Downloaded bookings-.*\.csv\.$/)).toBeAttached();
});

test('the show list searches, ignoring case and accents, and pages with Next and Previous', async ({ page, request }) => {
  test.slow();
  const tag = uniqueName('E2E Pâging').replace(/ /g, '-');
  const shows = [];
  for (let index = 0; index < 22; index++) {
    shows.push(await createShow(request, `${tag} ${String(index).padStart(2, '0')}`, 5));
  }
  await page.goto('/');

  await searchShows(page, tag.toUpperCase().replace('Â', 'A'));
  const list = page.getByRole('list', { name: 'Shows' });
  await expect(list.getByRole('article')).toHaveCount(20);
  const pages = page.getByRole('navigation', { name: 'Pages of shows' });
  await expect(pages.getByRole('button', { name: /Previous/ })).toHaveAttribute('aria-disabled', 'true');

  await pages.getByRole('button', { name: /Next/ }).click();
  await expect(pages.getByText('Page 2')).toBeVisible();
  await expect(list.getByRole('article')).toHaveCount(2);
  await expect(pages.getByRole('button', { name: /Next/ })).toHaveAttribute('aria-disabled', 'true');

  await pages.getByRole('button', { name: /Previous/ }).click();
  await expect(pages.getByText('Page 1')).toBeVisible();
  await expect(list.getByRole('article')).toHaveCount(20);

  await page.getByRole('searchbox', { name: 'Search by name' }).fill(`${tag}-no-such-show`);
  await expect(page.getByRole('heading', { name: 'No shows match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('');
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the show list, the admin list and a show’s admin page do not scroll sideways', async ({ page, request }) => {
    const show = await createShow(request, 'E2E Narrow Admin Show With A Long Name', 30);
    await bookThroughApi(request, show.id, [1]);
    await signInBrowser(page, adminAccount());
    for (const path of ['/', '/admin', `/admin/shows/${show.id}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
