import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { adminAccount, newCustomer, signInBrowser, type Account } from './support/accounts';
import { bookThroughApi, createLayoutShow, createShow } from './support/shows';

/**
 * Every route of the app (src/app/routes.tsx), as the person it is for sees it: nothing may stick
 * out sideways on a 390 px phone, and axe-core finds no violation, on the phone and on a desktop.
 * Pages are checked once their own heading is there and their data has loaded.
 */
interface Visit {
  path: string;
  /** What shows that the page has loaded. */
  ready: (page: Page) => Promise<void>;
}

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();

async function check(page: Page, visit: Visit, width: number) {
  await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
  await page.goto(visit.path);
  await heading(page);
  await visit.ready(page);
  if (width === 390) {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${visit.path} is ${scrollWidth} px wide at 390 px`).toBeLessThanOrEqual(390);
  }
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${visit.path} at ${width} px`).toEqual([]);
}

async function visitAll(page: Page, visits: Visit[]) {
  for (const width of [390, 1280]) {
    for (const visit of visits) {
      await test.step(`${visit.path} at ${width} px`, () => check(page, visit, width));
    }
  }
}

const seatMapLoaded = async (page: Page) => {
  await expect(page.getByRole('heading', { name: 'Seat map' })).toBeVisible();
};

test('every route a visitor can open fits a phone and passes axe', async ({ page, request }) => {
  const plain = await createShow(request, 'E2E Routes Visitor', 120);
  const layout = await createLayoutShow(request, 'E2E Routes Visitor Layout');
  const none = async () => {};
  const titled = (name: string) => async (p: Page) => expect(p.getByRole('heading', { level: 1, name })).toBeVisible();
  await visitAll(page, [
    { path: '/', ready: async (p) => expect(p.getByRole('link', { name: plain.name }).first()).toBeVisible() },
    { path: `/booking/${plain.id}`, ready: seatMapLoaded },
    { path: `/booking/${layout.id}`, ready: seatMapLoaded },
    { path: '/booking/00000000-0000-4000-8000-000000000000', ready: titled('Show not found') },
    { path: '/booking/not-a-show', ready: titled('Show not found') },
    { path: '/sign-in', ready: titled('Sign in') },
    { path: '/register', ready: none },
    { path: '/my-bookings', ready: titled('Sign in') },
    { path: '/admin', ready: titled('Sign in') },
    { path: '/no-such-page', ready: titled('Page not found') },
  ]);
});

test('every route a customer can open fits a phone and passes axe', async ({ page, request }) => {
  const customer: Account = await newCustomer('E2E Routes Customer With A Rather Long Display Name');
  const plain = await createShow(request, 'E2E Routes Customer With A Rather Long Show Name For Small Screens', 120);
  const layout = await createLayoutShow(request, 'E2E Routes Customer Layout');
  const big = await createShow(request, 'E2E Routes Big', 5000);
  const booking = await bookThroughApi(request, plain.id, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], customer);
  await bookThroughApi(request, layout.id, [1, 2], customer);
  await signInBrowser(page, customer);
  await visitAll(page, [
    { path: '/', ready: async (p) => expect(p.getByRole('link', { name: plain.name }).first()).toBeVisible() },
    { path: `/booking/${plain.id}`, ready: seatMapLoaded },
    {
      path: `/booking/${layout.id}`,
      ready: async (p) => expect(p.getByRole('region', { name: 'Best available' })).toBeVisible(),
    },
    { path: `/booking/${big.id}`, ready: async (p) => expect(p.getByTestId('seat-canvas')).toHaveAttribute('data-ready', 'true') },
    { path: '/my-bookings', ready: async (p) => expect(p.getByRole('link', { name: plain.name }).first()).toBeVisible() },
    { path: `/my-bookings/${booking.id}`, ready: async (p) => expect(p.getByText(plain.name).first()).toBeVisible() },
    { path: '/admin', ready: async (p) => expect(p.getByRole('heading', { level: 1, name: 'Admins only' })).toBeVisible() },
  ]);
});

test('the admin’s pages fit a phone and pass axe', async ({ page }) => {
  await signInBrowser(page, adminAccount());
  await visitAll(page, [
    { path: '/admin', ready: async (p) => expect(p.getByRole('form', { name: 'Create a show' })).toBeVisible() },
    { path: '/', ready: async () => {} },
  ]);
});
