import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createShow } from './support/shows';
import { searchShows } from './support/ui';

test('a deep link to a show survives a reload', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Deep Link');

  await page.goto(`/booking/${show.id}`);
  await expect(page.getByRole('heading', { level: 1, name: show.name })).toBeVisible();
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: show.name })).toBeVisible();
  await expect(page.getByRole('grid', { name: `Seats of ${show.name}` })).toBeVisible();
});

test('an unknown show says the show was not found', async ({ page }) => {
  await page.goto(`/booking/${randomUUID()}`);

  await expect(page.getByRole('heading', { level: 1, name: 'Show not found' })).toBeVisible();
  await expect(page.getByText(/There is no show with this id/)).toBeVisible();
  await page.getByRole('link', { name: 'See all shows' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shows' })).toBeVisible();
});

test('a malformed show link says the show was not found', async ({ page }) => {
  await page.goto('/booking/not-a-show');

  await expect(page.getByRole('heading', { level: 1, name: 'Show not found' })).toBeVisible();
  await expect(page.getByText(/the show id in it is not valid/)).toBeVisible();
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page');

  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('the show list links to each show', async ({ page, request }) => {
  const show = await createShow(request, 'E2E Listed');

  await page.goto('/');
  await searchShows(page, show.name);
  await page.getByRole('link', { name: `Choose seats for ${show.name}` }).click();

  await expect(page).toHaveURL(new RegExp(`/booking/${show.id}$`));
  await expect(page.getByRole('grid', { name: `Seats of ${show.name}` })).toBeVisible();
});
