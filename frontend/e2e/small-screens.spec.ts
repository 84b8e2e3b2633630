import { expect, test, type Page } from '@playwright/test';
import { adminAccount, newCustomer, signInBrowser } from './support/accounts';
import { bookThroughApi, createShow } from './support/shows';

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSideways(page: Page) {
  // Wait for the page's own heading, then measure: nothing may stick out to the right.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('visitor pages fit 390 px without scrolling sideways', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Narrow Visitor', 120);
  for (const path of ['/', `/booking/${show.id}`, '/sign-in', '/register']) {
    await page.goto(path);
    await expectNoSideways(page);
  }
});

test('a customer’s pages fit 390 px without scrolling sideways', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Narrow Customer With A Rather Long Show Name For Small Screens', 120);
  const customer = await newCustomer('E2E Narrow Customer With A Long Display Name');
  const booking = await bookThroughApi(request, show.id, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], customer);
  await signInBrowser(page, customer);
  for (const path of ['/', `/booking/${show.id}`, '/my-bookings', `/my-bookings/${booking.id}`, '/admin']) {
    await page.goto(path);
    await expectNoSideways(page);
  }
  // The confirmation dialog too.
  await page.goto('/my-bookings');
  await page.getByRole('button', { name: /^Cancel booking/ }).first().click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoSideways(page);
});

test('the admin page fits 390 px without scrolling sideways', async ({ page }) => {
  await signInBrowser(page, adminAccount());
  await page.goto('/admin');
  await expect(page.getByRole('form', { name: 'Create a show' })).toBeVisible();
  await expectNoSideways(page);
});
