import { expect, test } from '@playwright/test';
import { newCustomer, signInBrowser } from './support/accounts';
import { createShow, reservedSeats } from './support/shows';
import { seat, statusHeading } from './support/ui';

test('a user books seats and sees the booking confirmed', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Book');
  const ada = await newCustomer('E2E Ada');
  await signInBrowser(page, ada);
  await page.goto(`/booking/${show.id}`);

  await seat(page, 3, 'available').click();
  await seat(page, 4, 'available').click();
  await expect(page.getByText('2 seats selected of at most 10 per customer for this show')).toBeVisible();
  await page.getByRole('button', { name: 'Book now' }).click();

  await expect(statusHeading(page, 'CONFIRMED Booking confirmed')).toBeVisible();
  await expect(page.getByText(`Seats 3 and 4 are booked for ${ada.displayName}.`)).toBeVisible();
  await expect(seat(page, 3, 'yours')).toBeVisible();
  await expect(seat(page, 4, 'yours')).toBeVisible();
  expect(await reservedSeats(request, show.id)).toEqual([3, 4]);
});

test('a second user racing with a stale map for an overlapping seat sees the booking fail with that seat highlighted', async ({
  page,
  browser,
  request,
  baseURL,
}, testInfo) => {
  const show = await createShow(request, 'E2E Race');
  const [first, second] = await Promise.all([newCustomer('E2E First'), newCustomer('E2E Second')]);
  const rivalContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  // The live seat map would show the rival seat 6 taken before they could pick it. Their map is
  // stale instead, as on a connection that lost its live updates: the stream says nothing and asks
  // to be reopened only after a minute.
  await rivalContext.route('**/shows/*/events*', (route) =>
    route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'retry: 60000\n\n' }),
  );
  const rival = await rivalContext.newPage();
  try {
    await signInBrowser(page, first);
    await page.goto(`/booking/${show.id}`);
    await signInBrowser(rival, second);
    await rival.goto(`/booking/${show.id}`);
    // Both see seat 6 free.
    await expect(seat(rival, 6, 'available')).toBeVisible();

    await seat(page, 5, 'available').click();
    await seat(page, 6, 'available').click();
    await page.getByRole('button', { name: 'Book now' }).click();
    await expect(statusHeading(page, 'CONFIRMED Booking confirmed')).toBeVisible();

    await seat(rival, 6, 'available').click();
    await seat(rival, 7, 'available').click();
    await rival.getByRole('button', { name: 'Book now' }).click();

    await expect(statusHeading(rival, 'FAILED Booking failed')).toBeVisible();
    await expect(rival.getByText(/Nothing was booked: seat 6 was just taken by someone else/)).toBeVisible();
    const conflict = seat(rival, 6, 'conflicting, taken by another booking');
    await expect(conflict).toHaveAttribute('data-state', 'conflict');
    await expect(seat(rival, 5, 'reserved')).toBeVisible();
    await expect(seat(rival, 7, 'selected')).toBeVisible();
    expect(await reservedSeats(request, show.id)).toEqual([5, 6]);
  } finally {
    if (testInfo.status !== testInfo.expectedStatus) {
      await rival.screenshot({ path: testInfo.outputPath('rival-failure.png') });
    }
    await rivalContext.close();
  }
});

test('a user holds seats, watches the countdown and confirms', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Hold');
  await signInBrowser(page, await newCustomer('E2E Hold'));
  await page.goto(`/booking/${show.id}`);

  await seat(page, 1, 'available').click();
  await seat(page, 2, 'available').click();
  await page.getByRole('button', { name: 'Hold', exact: true }).click();

  await expect(statusHeading(page, 'PENDING Seats held')).toBeVisible();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/^[12]:\d\d$/);
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first ?? '', { timeout: 5_000 });
  await expect(seat(page, 1, 'yours')).toBeVisible();
  expect(await reservedSeats(request, show.id)).toEqual([1, 2]);

  await page.getByRole('button', { name: 'Confirm booking' }).click();

  await expect(statusHeading(page, 'CONFIRMED Booking confirmed')).toBeVisible();
  await expect(timer).toHaveCount(0);
  expect(await reservedSeats(request, show.id)).toEqual([1, 2]);
});

test('a user holds seats, cancels, and the seats are free again', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Cancel');
  await signInBrowser(page, await newCustomer('E2E Cancel'));
  await page.goto(`/booking/${show.id}`);

  await seat(page, 8, 'available').click();
  await page.getByRole('button', { name: 'Hold', exact: true }).click();
  await expect(statusHeading(page, 'PENDING Seats held')).toBeVisible();
  await expect(seat(page, 8, 'yours')).toBeVisible();

  await page.getByRole('button', { name: 'Cancel hold' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Cancel this hold?' });
  await expect(dialog.getByRole('button', { name: 'Keep hold' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel hold' }).click();

  await expect(statusHeading(page, 'CANCELLED Booking cancelled')).toBeVisible();
  await expect(seat(page, 8, 'available')).toBeVisible();
  expect(await reservedSeats(request, show.id)).toEqual([]);
  await seat(page, 8, 'available').click();
  await expect(page.getByRole('button', { name: 'Book now' })).toBeEnabled();
});

test('a hold survives a page reload and can still be confirmed', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Reload Hold');
  await signInBrowser(page, await newCustomer('E2E Reload'));
  await page.goto(`/booking/${show.id}`);
  await seat(page, 12, 'available').click();
  await page.getByRole('button', { name: 'Hold', exact: true }).click();
  await expect(statusHeading(page, 'PENDING Seats held')).toBeVisible();

  await page.reload();

  await expect(statusHeading(page, 'PENDING Seats held')).toBeVisible();
  await expect(seat(page, 12, 'yours')).toBeVisible();
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(statusHeading(page, 'CONFIRMED Booking confirmed')).toBeVisible();
});

test('the seat grid works from the keyboard', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Keys');
  await signInBrowser(page, await newCustomer('E2E Keys'));
  await page.goto(`/booking/${show.id}`);

  // Rows hold as many seats as the map's width allows: the seat below seat 2 is one row further
  // (counted once the grid is there: count() does not wait for it).
  await expect(seat(page, 1, 'available')).toBeVisible();
  const perRow = await page.getByRole('row').first().getByRole('gridcell').count();
  expect(perRow).toBeGreaterThan(2);
  const below = 2 + perRow;
  await seat(page, 1, 'available').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');

  await expect(seat(page, below, 'selected')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(seat(page, below, 'available')).toBeFocused();
});
