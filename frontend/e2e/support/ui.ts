import { expect, type Page } from '@playwright/test';

export function seat(page: Page, number: number, state: string) {
  return page.getByRole('gridcell', { name: `Seat ${number}, ${state}`, exact: true });
}

export function statusHeading(page: Page, text: string) {
  return page.getByRole('heading', { name: text });
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** The app's header (each page's own header sits inside <main>). */
export function appHeader(page: Page) {
  return page.getByRole('banner');
}

/**
 * Types into the show list's search box (shows page or admin page) and waits for the answer: the
 * lists show a page at a time, so a test finds its own show by name among everyone else's.
 */
export async function searchShows(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search by name' }).fill(text);
  await expect(page.getByRole('status').filter({ hasText: `matching “${text}”` })).toBeVisible();
}
