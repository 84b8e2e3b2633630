import type { Page } from '@playwright/test';

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
