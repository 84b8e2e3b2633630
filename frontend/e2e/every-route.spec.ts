import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminAccount, bearer, newCustomer, signInBrowser, type Account } from './support/accounts';
import { bookThroughApi, createLayoutShow, createShow } from './support/shows';

/**
 * Every route of the app (src/app/routes.tsx), as the person it is for sees it: nothing may stick
 * out sideways on a 390x844 phone, and axe-core finds no violation, on the phone and on a 1280 px
 * desktop. Pages are checked once their own heading is there and their data has loaded.
 */
interface Route {
  name: string;
  who: 'visitor' | 'customer' | 'admin';
  /** Makes what the page shows and answers its path. */
  path: (request: APIRequestContext, customer: Account) => Promise<string>;
  /** What shows that the page has loaded. */
  ready: (page: Page) => Promise<void>;
}

const titled = (name: string | RegExp) => async (page: Page) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
const seatMap = async (page: Page) => expect(page.getByRole('heading', { name: 'Seat map' })).toBeVisible();
const LONG = 'E2E Routes With A Rather Long Show Name For Small Screens';

const ROUTES: Route[] = [
  {
    name: 'the shows',
    who: 'visitor',
    path: async (request) => (await createShow(request, LONG, 120), '/'),
    ready: async (page) => expect(page.getByRole('list', { name: 'Shows' })).toBeVisible(),
  },
  { name: 'a show', who: 'visitor', path: async (request) => `/booking/${(await createShow(request, LONG, 120)).id}`, ready: seatMap },
  {
    name: 'a show with a layout',
    who: 'customer',
    path: async (request, customer) => {
      const show = await createLayoutShow(request, 'E2E Routes Layout');
      await bookThroughApi(request, show.id, [1, 2], customer);
      return `/booking/${show.id}`;
    },
    ready: async (page) => expect(page.getByRole('region', { name: 'Best available' })).toBeVisible(),
  },
  {
    name: 'a 5,000-seat show (canvas)',
    who: 'customer',
    path: async (request) => `/booking/${(await createShow(request, 'E2E Routes Big', 5000)).id}`,
    ready: async (page) => expect(page.getByTestId('seat-canvas')).toHaveAttribute('data-ready', 'true'),
  },
  { name: 'an unknown show', who: 'visitor', path: async () => '/booking/00000000-0000-4000-8000-000000000000', ready: titled('Show not found') },
  { name: 'a malformed show link', who: 'visitor', path: async () => '/booking/not-a-show', ready: titled('Show not found') },
  { name: 'sign in', who: 'visitor', path: async () => '/sign-in', ready: titled('Sign in') },
  { name: 'register', who: 'visitor', path: async () => '/register', ready: titled(/account/i) },
  {
    name: 'my bookings',
    who: 'customer',
    path: async (request, customer) => {
      await bookThroughApi(request, (await createShow(request, LONG, 120)).id, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], customer);
      return '/my-bookings';
    },
    ready: async (page) => expect(page.getByRole('button', { name: /^Cancel booking/ }).first()).toBeVisible(),
  },
  {
    name: 'one booking',
    who: 'customer',
    path: async (request, customer) => {
      const show = await createShow(request, LONG, 120);
      return `/my-bookings/${(await bookThroughApi(request, show.id, [3, 4], customer)).id}`;
    },
    ready: async (page) => expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible(),
  },
  { name: 'admin, as a customer', who: 'customer', path: async () => '/admin', ready: titled('Admins only') },
  {
    name: 'admin',
    who: 'admin',
    path: async (request) => (await createShow(request, LONG, 80), '/admin'),
    ready: async (page) => expect(page.getByRole('form', { name: 'Create a show' })).toBeVisible(),
  },
  {
    name: "a show's admin page",
    who: 'admin',
    path: async (request, customer) => {
      const show = await createShow(request, LONG, 60);
      await bookThroughApi(request, show.id, [5, 6], customer);
      return `/admin/shows/${show.id}`;
    },
    ready: async (page) => expect(page.getByRole('table').first()).toBeVisible(),
  },
  {
    name: 'a cancelled show',
    who: 'visitor',
    path: async (request) => {
      const show = await createShow(request, LONG, 30);
      const cancelled = await request.post(`/shows/${show.id}/cancel`, { headers: await bearer(adminAccount()) });
      expect(cancelled.status(), await cancelled.text()).toBe(202);
      return `/booking/${show.id}`;
    },
    ready: async (page) => expect(page.getByText(/was cancelled/)).toBeVisible(),
  },
  { name: 'a page that does not exist', who: 'visitor', path: async () => '/no-such-page', ready: titled('Page not found') },
];

async function check(page: Page, path: string, route: Route, width: number) {
  await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await route.ready(page);
  if (width === 390) {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${path} is ${scrollWidth} px wide at 390 px`).toBeLessThanOrEqual(390);
  }
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe on ${path} at ${width} px`).toEqual([]);
}

for (const route of ROUTES) {
  test(`${route.name} (${route.who}) fits 390 px and passes axe`, async ({ page, request }) => {
    // axe over a few hundred elements takes a while on a busy machine.
    test.setTimeout(240_000);
    const customer = await newCustomer('E2E Routes Customer With A Rather Long Display Name');
    const path = await route.path(request, customer);
    if (route.who === 'customer') {
      await signInBrowser(page, customer);
    } else if (route.who === 'admin') {
      await signInBrowser(page, adminAccount());
    }
    for (const width of [390, 1280]) {
      await test.step(`${path} at ${width} px`, () => check(page, path, route, width));
    }
  });
}
