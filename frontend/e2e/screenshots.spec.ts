import { fileURLToPath } from 'node:url';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { bookThroughApi, createShow } from './support/shows';
import { seat, signIn } from './support/ui';

/** With UPDATE_SCREENSHOTS=1 the pictures replace those in docs/; otherwise they stay in test-results. */
async function capture(page: Page, testInfo: TestInfo, name: string) {
  const path =
    process.env.UPDATE_SCREENSHOTS === '1'
      ? fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url))
      : testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: false });
}

test.describe('screenshots at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows page', async ({ page, request }, testInfo) => {
    await createShow(request, 'E2E Screenshot Show', 120);
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Shows' })).toBeVisible();
    await capture(page, testInfo, 'shows');
  });

  test('booking page with reserved and selected seats', async ({ page, request }, testInfo) => {
    const show = await createShow(request, 'E2E Screenshot Booking', 160);
    await bookThroughApi(request, show.id, [1, 2, 3, 21, 22, 23, 45, 46]);
    await bookThroughApi(request, show.id, [60, 61, 62, 63]);
    await page.goto(`/booking/${show.id}`);
    await signIn(page, 'Ada');
    for (const number of [27, 28, 29]) {
      await seat(page, number, 'available').click();
    }
    await expect(page.getByText('3 seats selected of at most 20 per booking')).toBeVisible();
    await page.mouse.move(0, 0);
    await capture(page, testInfo, 'booking');
  });

  test('admin page', async ({ page, request }, testInfo) => {
    await createShow(request, 'E2E Screenshot Admin', 80);
    await page.goto('/admin');
    await signIn(page, 'Admin', 'admin');
    await expect(page.getByRole('table', { name: 'All shows' })).toBeVisible();
    await capture(page, testInfo, 'admin');
  });
});
