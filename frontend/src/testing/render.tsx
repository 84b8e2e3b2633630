import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import type { User } from '@/api/types';
import { createQueryClient } from '@/lib/query-client';
import { setSession } from './fake-api';

/** The fake server holds a session for this account: GET /me names it (see fakeApi). */
export function signInAs(user: User) {
  setSession(user);
}

/**
 * A cache of its own for each test, so no test sees another's data. Without retries a failed
 * request shows at once, and nothing is collected by a timer while a test runs.
 */
export function createTestQueryClient() {
  return createQueryClient({ retry: false, gcTime: Infinity });
}

/** Renders the whole app at `path`, as the browser would after opening that address. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createTestQueryClient();
  // With fake timers, user-event must move them forward while it waits between keystrokes.
  const user = userEvent.setup({ advanceTimers: (ms) => (vi.isFakeTimers() ? vi.advanceTimersByTime(ms) : undefined) });
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, user, queryClient };
}

/** The app's header (the page headers inside <main> are not banners, though jsdom calls them so). */
export function appHeader(): HTMLElement {
  const header = screen.getByRole('navigation', { name: 'Main' }).closest('header');
  if (!header) {
    throw new Error('The main navigation is outside the app header');
  }
  return header;
}
