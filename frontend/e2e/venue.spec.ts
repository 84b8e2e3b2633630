import { expect, test } from '@playwright/test';
import { newCustomer, signInBrowser } from './support/accounts';
import { createLayoutShow, reservedSeats } from './support/shows';
import { statusHeading } from './support/ui';

/** Prices as the browser's locale writes them (the suite runs Chromium in en-US). */
const euros = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(amount);

test('best available on a layout show: the server picks seats together, named, with their total', async ({ page, request }) => {
  const show = await createLayoutShow(request, 'E2E Best Available');
  const customer = await newCustomer('E2E Best');
  await signInBrowser(page, customer);
  await page.goto(`/booking/${show.id}`);

  const picker = page.getByRole('region', { name: 'Best available' });
  await picker.getByLabel('Seats', { exact: true }).selectOption('3');
  await picker.getByLabel('Section').selectOption('Stalls');
  await picker.getByRole('button', { name: 'Hold best 3 seats' }).click();

  await expect(page.getByRole('heading', { name: /^PENDING/ })).toBeVisible();
  const status = page.locator('.status-panel');
  await expect(status).toContainText(/Stalls [AB]-\d+, Stalls [AB]-\d+ and Stalls [AB]-\d+ are held for you/);
  await expect(status).toContainText(`Total ${euros(135)}.`);
  // The three seats are the person's on the map, side by side in one row of the stalls.
  const mine = page.getByRole('gridcell', { name: /^Stalls [AB]-\d+, yours/ });
  await expect(mine).toHaveCount(3);
  const seats = await reservedSeats(request, show.id);
  expect(seats).toHaveLength(3);
  expect(seats[2]! - seats[0]!).toBe(2);
});

test('manual pick on a layout show: seats by name and price, the total, booked', async ({ page, request }) => {
  const show = await createLayoutShow(request, 'E2E Manual Layout');
  const customer = await newCustomer('E2E Manual');
  await signInBrowser(page, customer);
  await page.goto(`/booking/${show.id}`);

  await expect(page.getByRole('list', { name: 'Prices' })).toContainText(`${euros(45)} · Stalls`);
  await expect(page.getByRole('list', { name: 'Prices' })).toContainText(`${euros(30)} · Balcony`);
  await page.getByRole('gridcell', { name: `Stalls B-5, available, ${euros(45)}` }).click();
  await page.getByRole('gridcell', { name: `Balcony A-1, available, ${euros(30)}` }).hover();
  await expect(page.locator('.seat-tooltip')).toHaveText(`Balcony A-1, available, ${euros(30)}`);
  await page.getByRole('gridcell', { name: `Balcony A-1, available, ${euros(30)}` }).click();

  const panel = page.getByRole('region', { name: 'Your selection' });
  await expect(panel.getByRole('button', { name: 'Remove Stalls B-5' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Remove Balcony A-1' })).toBeVisible();
  await expect(panel.getByText(`Total ${euros(75)}`)).toBeVisible();
  await panel.getByRole('button', { name: 'Book now' }).click();

  await expect(statusHeading(page, 'CONFIRMED Booking confirmed')).toBeVisible();
  await expect(page.locator('.status-panel')).toContainText(`Stalls B-5 and Balcony A-1 are booked for ${customer.displayName}.`);
  await expect(page.getByRole('gridcell', { name: /^Stalls B-5, yours/ })).toBeVisible();
  // Stalls A holds seats 1-10, B 11-20, the balcony 21-28.
  expect(await reservedSeats(request, show.id)).toEqual([15, 21]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the selection is a bottom sheet that stays in view, and opens for details', async ({ page, request }) => {
    const show = await createLayoutShow(request, 'E2E Phone Sheet');
    const customer = await newCustomer('E2E Phone');
    await signInBrowser(page, customer);
    await page.goto(`/booking/${show.id}`);

    const sheet = page.getByTestId('selection-panel');
    await page.getByRole('gridcell', { name: /^Stalls A-3, available/ }).tap();
    await page.getByRole('gridcell', { name: /^Stalls A-4, available/ }).tap();
    await expect(sheet).toContainText(`2 seats · ${euros(90)}`);

    // Wherever the page is scrolled, the sheet sits on the bottom edge with its buttons.
    for (const y of [0, 10_000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const box = await sheet.boundingBox();
      expect(box).not.toBeNull();
      expect(Math.round(box!.y + box!.height)).toBe(844);
      await expect(sheet.getByRole('button', { name: 'Book now' })).toBeInViewport();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Closed, it leaves the seat names out; "Details" shows them.
    await expect(sheet.getByRole('button', { name: 'Remove Stalls A-3' })).toBeHidden();
    await sheet.getByRole('button', { name: 'Details' }).tap();
    await expect(sheet.getByRole('button', { name: 'Remove Stalls A-3' })).toBeVisible();
    await expect(sheet.getByRole('button', { name: 'Less' })).toHaveAttribute('aria-expanded', 'true');

    await sheet.getByRole('button', { name: 'Book now' }).tap();
    await expect(statusHeading(page, 'CONFIRMED Booking confirmed')).toBeVisible();
    expect(await reservedSeats(request, show.id)).toEqual([3, 4]);
  });
});
