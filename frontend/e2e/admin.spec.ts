import { expect, test } from '@playwright/test';
import { uniqueName } from './support/shows';
import { signIn } from './support/ui';

test('an admin creates a show and sees it listed with its seat counts', async ({ page }) => {
  const name = uniqueName('E2E Admin Concert');
  await page.goto('/admin');
  await expect(page.getByRole('form', { name: 'Sign in as an admin to manage shows' })).toBeVisible();
  await signIn(page, 'E2E Admin', 'admin');

  const form = page.getByRole('form', { name: 'Create a show' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Start time').fill('2099-06-01T20:00');
  await form.getByLabel('Number of seats').fill('25');
  await form.getByRole('button', { name: 'Create show' }).click();

  await expect(page.getByText('Show created')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByRole('cell')).toHaveText([/2099/, '25', '25', '0']);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shows' }).click();
  const card = page.getByRole('article', { name });
  await expect(card).toContainText('25 seats available of 25');
});

test('the create-show form refuses invalid input before sending it', async ({ page }) => {
  await page.goto('/admin');
  await signIn(page, 'E2E Admin', 'admin');

  const form = page.getByRole('form', { name: 'Create a show' });
  await form.getByLabel('Name').fill('   ');
  await form.getByLabel('Start time').fill('2001-01-01T20:00');
  await form.getByLabel('Number of seats').fill('100001');
  await form.getByRole('button', { name: 'Create show' }).click();

  await expect(form.getByText('Enter a name.')).toBeVisible();
  await expect(form.getByText('The start time must be in the future.')).toBeVisible();
  await expect(form.getByText('Enter a number from 1 to 100,000.')).toBeVisible();
});
