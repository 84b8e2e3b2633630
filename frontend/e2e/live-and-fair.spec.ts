import { expect, test, type Page, type Response } from '@playwright/test';
import { newCustomer, signInBrowser } from './support/accounts';
import { bookThroughApi, createShow, reservedSeats } from './support/shows';
import { seat, statusHeading } from './support/ui';

function liveIndicator(page: Page) {
  return page.getByRole('region', { name: 'Seat map' }).getByRole('status');
}

function isPost(path: string) {
  return (response: Response) => response.request().method() === 'POST' && new URL(response.url()).pathname === path;
}

test('a booking whose answer was lost is sent again with the same key and shows the booking, not "taken"', async ({
  page,
  request,
}) => {
  const show = await createShow(request, 'E2E Retry');
  const ada = await newCustomer('E2E Retry');
  await signInBrowser(page, ada);
  await page.goto(`/booking/${show.id}`);

  const path = `/shows/${show.id}/bookings`;
  const keys: string[] = [];
  let firstStatus = 0;
  await page.route(`**${path}`, async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (keys.length === 1) {
      // The request reaches the server, which books the seats; then the connection drops before
      // the answer gets to the browser.
      firstStatus = (await route.fetch()).status();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  const answered = page.waitForResponse(isPost(path));

  await seat(page, 3, 'available').click();
  await seat(page, 4, 'available').click();
  await page.getByRole('button', { name: 'Book now' }).click();

  const replay = await answered;
  await expect(statusHeading(page, 'CONFIRMED Booking confirmed')).toBeVisible();
  await expect(seat(page, 3, 'yours')).toBeVisible();
  await expect(page.getByText(/taken by someone else/)).toHaveCount(0);
  expect(firstStatus).toBe(201);
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(keys[1]).toBe(keys[0]);
  expect(replay.status()).toBe(201);
  expect(replay.headers()['idempotent-replayed']).toBe('true');
  // One booking, not two attempts: the seats are booked once.
  expect(await reservedSeats(request, show.id)).toEqual([3, 4]);
  const mine = await page.request.get('/me/bookings');
  expect(((await mine.json()) as unknown[]).length).toBe(1);
});

test('"More time" moves a hold’s deadline', async ({ page, request }) => {
  const show = await createShow(request, 'E2E More Time');
  await signInBrowser(page, await newCustomer('E2E More Time'));
  await page.goto(`/booking/${show.id}`);
  await expect(page.getByRole('button', { name: 'Hold', exact: true })).toHaveAccessibleDescription(/Hold: seats are held for \d+ (minute|second)/);

  const held = page.waitForResponse(isPost(`/shows/${show.id}/bookings`));
  await seat(page, 1, 'available').click();
  await page.getByRole('button', { name: 'Hold', exact: true }).click();
  const hold = (await (await held).json()) as { id: string; expiresAt: string; extensionsLeft: number };
  await expect(statusHeading(page, 'PENDING Seats held')).toBeVisible();
  await expect(page.getByRole('timer')).toBeVisible();

  const extended = page.waitForResponse(isPost(`/bookings/${hold.id}/extend`));
  await page.getByRole('button', { name: 'More time' }).click();
  const answer = await extended;

  expect(answer.status()).toBe(200);
  const after = (await answer.json()) as { expiresAt: string; extensionsLeft: number };
  expect(Date.parse(after.expiresAt)).toBeGreaterThan(Date.parse(hold.expiresAt));
  expect(after.extensionsLeft).toBe(hold.extensionsLeft - 1);
  await expect(page.getByRole('region', { name: 'Hold timer' })).toContainText('More time: seat 1 is held until');
  // The page shows the new deadline: the server's own view agrees.
  const stored = (await (await page.request.get(`/bookings/${hold.id}`)).json()) as { expiresAt: string };
  expect(stored.expiresAt).toBe(after.expiresAt);
  const [minutes = 0, seconds = 0] = ((await page.getByRole('timer').textContent()) ?? '').split(':').map(Number);
  const shownDeadline = Date.now() + (minutes * 60 + seconds) * 1000;
  expect(Math.abs(shownDeadline - Date.parse(after.expiresAt))).toBeLessThan(5_000);
});

test('a seat booked in another browser turns reserved here as it happens, leaving the selection with a note', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const show = await createShow(request, 'E2E Live');
  const [viewer, rival] = await Promise.all([newCustomer('E2E Viewer'), newCustomer('E2E Rival')]);
  const rivalContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const rivalPage = await rivalContext.newPage();
  try {
    await signInBrowser(page, viewer);
    await page.goto(`/booking/${show.id}`);
    await expect(liveIndicator(page)).toHaveText('Seat map updates: Live');
    await seat(page, 7, 'available').click();
    await seat(page, 8, 'available').click();

    await signInBrowser(rivalPage, rival);
    await rivalPage.goto(`/booking/${show.id}`);
    await seat(rivalPage, 7, 'available').click();
    await rivalPage.getByRole('button', { name: 'Book now' }).click();
    await expect(statusHeading(rivalPage, 'CONFIRMED Booking confirmed')).toBeVisible();

    // No reload, no "Refresh seat map": the event stream brings it.
    await expect(seat(page, 7, 'reserved')).toBeVisible({ timeout: 3_000 });
    await expect(page.getByText('Seat 7 was just taken by someone else. It was removed from your selection.')).toBeVisible();
    await expect(seat(page, 8, 'selected')).toBeVisible();

    // Freed seats come back the same way.
    await rivalPage.getByRole('button', { name: 'Cancel booking' }).click();
    await rivalPage.getByRole('alertdialog').getByRole('button', { name: 'Cancel booking' }).click();
    await expect(seat(page, 7, 'available')).toBeVisible({ timeout: 3_000 });
  } finally {
    await rivalContext.close();
  }
});

test('a booking made through the API shows on an open map, and the rest of the page stays usable', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Live API');
  await page.goto(`/booking/${show.id}`);
  await expect(liveIndicator(page)).toHaveText('Seat map updates: Live');

  await bookThroughApi(request, show.id, [11, 12]);

  await expect(seat(page, 11, 'reserved')).toBeVisible({ timeout: 3_000 });
  await expect(seat(page, 12, 'reserved')).toBeVisible();
  await expect(page.getByText(/38 seats available of 40/)).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the booking page fits 390 px, with big enough targets, and the hold timer stays in view', async ({ page, request }) => {
    const show = await createShow(request, 'E2E Phone', 400);
    await signInBrowser(page, await newCustomer('E2E Phone'));
    await page.goto(`/booking/${show.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    // The seats wrap to the map's width: nothing to scroll sideways inside its card either.
    const scroller = page.locator('.seat-grid-scroller');
    expect(await scroller.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

    const cell = await seat(page, 1, 'available').boundingBox();
    expect(cell?.width).toBeGreaterThanOrEqual(44);
    expect(cell?.height).toBeGreaterThanOrEqual(44);
    await seat(page, 1, 'available').tap();
    await seat(page, 2, 'available').tap();
    const hold = page.getByRole('button', { name: 'Hold', exact: true });
    expect((await hold.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await hold.tap();
    await expect(statusHeading(page, 'PENDING Seats held')).toBeVisible();
    expect(await sideways()).toBeLessThanOrEqual(0);

    // Scrolled down to the buttons, the timer is still on screen.
    await page.getByRole('button', { name: 'Confirm booking' }).scrollIntoViewIfNeeded();
    const timer = await page.getByRole('region', { name: 'Hold timer' }).boundingBox();
    expect(timer?.y).toBeGreaterThanOrEqual(-1);
    expect((timer?.y ?? 0) + (timer?.height ?? 0)).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const confirm = page.getByRole('button', { name: 'Confirm booking' });
    expect((await confirm.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await confirm.tap();
    await expect(statusHeading(page, 'CONFIRMED Booking confirmed')).toBeVisible();
  });
});
