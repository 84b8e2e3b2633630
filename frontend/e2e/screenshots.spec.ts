import { fileURLToPath } from 'node:url';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { adminAccount, bearer, newCustomer, signInBrowser } from './support/accounts';
import { bookThroughApi, createLayoutShow, createShow, type LayoutInput } from './support/shows';
import { seat } from './support/ui';

/** With UPDATE_SCREENSHOTS=1 the pictures replace those in docs/; otherwise they stay in test-results. */
async function capture(page: Page, testInfo: TestInfo, name: string) {
  const path =
    process.env.UPDATE_SCREENSHOTS === '1'
      ? fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url))
      : testInfo.outputPath(`${name}.png`);
  await page.mouse.move(0, 0);
  await page.screenshot({ path, fullPage: false });
}

test.describe('screenshots at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows page', async ({ page, request }, testInfo) => {
    await createShow(request, 'E2E Screenshot Show', 120);
    await signInBrowser(page, await newCustomer('Ada Lovelace'));
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Shows' })).toBeVisible();
    await capture(page, testInfo, 'shows');
  });

  test('booking page with reserved and selected seats', async ({ page, request }, testInfo) => {
    const show = await createShow(request, 'E2E Screenshot Booking', 160);
    await bookThroughApi(request, show.id, [1, 2, 3, 21, 22, 23, 45, 46]);
    // another customer: one may hold or book at most 10 seats of a show
    await bookThroughApi(request, show.id, [60, 61, 62, 63], await newCustomer('E2E Another One'));
    await signInBrowser(page, await newCustomer('Ada Lovelace'));
    await page.goto(`/booking/${show.id}`);
    for (const number of [27, 28, 29]) {
      await seat(page, number, 'available').click();
    }
    await expect(page.getByText('3 seats selected of at most 10 per customer for this show')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Seat map' }).getByRole('status')).toHaveText('Seat map updates: Live');
    await capture(page, testInfo, 'booking');
  });

  test('booking page of a venue with sections, aisles and prices', async ({ page, request }, testInfo) => {
    const theatre: LayoutInput = {
      sections: [
        {
          name: 'Stalls',
          price: { amount: '45.00', currency: 'EUR' },
          rows: ['A', 'B', 'C', 'D'].map((label, index) => ({ label, seats: 14 + 2 * index, gapsAfter: [4, 10 + 2 * index] })),
        },
        {
          name: 'Circle',
          price: { amount: '30.00', currency: 'EUR' },
          rows: ['A', 'B'].map((label) => ({ label, seats: 20, gapsAfter: [10] })),
        },
      ],
    };
    const show = await createLayoutShow(request, 'E2E Screenshot Theatre', theatre);
    await bookThroughApi(request, show.id, [6, 7, 8, 20, 21, 22, 23]);
    await signInBrowser(page, await newCustomer('Ada Lovelace'));
    await page.goto(`/booking/${show.id}`);
    await page.getByRole('gridcell', { name: /^Stalls B-10, available/ }).click();
    await page.getByRole('gridcell', { name: /^Stalls B-11, available/ }).click();
    await page.getByRole('gridcell', { name: /^Stalls B-12, available/ }).hover();
    await expect(page.locator('.seat-tooltip')).toBeVisible();
    await capture(page, testInfo, 'venue');
  });

  test('booking page of a 20,000-seat arena, drawn on a canvas', async ({ page, request }, testInfo) => {
    const arena: LayoutInput = {
      sections: ['Floor', 'Lower', 'Upper'].map((name, section) => ({
        name,
        price: { amount: ['80.00', '55.00', '30.00'][section]!, currency: 'EUR' },
        rows: Array.from({ length: 40 }, (_, index) => ({ label: String(index + 1), seats: 150 + section * 20, gapsAfter: [50, 100] })),
      })),
    };
    const show = await createLayoutShow(request, 'E2E Screenshot Arena', arena);
    await bookThroughApi(request, show.id, Array.from({ length: 10 }, (_, index) => 75 + index));
    await signInBrowser(page, await newCustomer('Ada Lovelace'));
    await page.goto(`/booking/${show.id}`);
    await expect(page.getByTestId('seat-canvas')).toHaveAttribute('data-ready', 'true');
    await capture(page, testInfo, 'venue-canvas');
  });

  test('my bookings page', async ({ page, request }, testInfo) => {
    const customer = await newCustomer('Ada Lovelace');
    const concert = await createShow(request, 'E2E Screenshot Concert', 80);
    const bus = await createShow(request, 'E2E Screenshot Night Bus', 40);
    await bookThroughApi(request, concert.id, [14, 15], customer);
    const held = await request.post(`/shows/${bus.id}/bookings`, { data: { seats: [7], hold: true }, headers: await bearer(customer) });
    expect(held.status()).toBe(201);
    await signInBrowser(page, customer);
    await page.goto('/my-bookings');
    await expect(page.getByRole('timer')).toBeVisible();
    await capture(page, testInfo, 'my-bookings');
  });

  test('admin page', async ({ page, request }, testInfo) => {
    await createShow(request, 'E2E Screenshot Admin', 80);
    await signInBrowser(page, adminAccount());
    await page.goto('/admin');
    await expect(page.getByRole('table', { name: 'All shows' })).toBeVisible();
    await capture(page, testInfo, 'admin');
  });
});
