import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { AUTH_STORAGE_KEY, type User } from '@/lib/auth';

export function signInAs(user: User) {
  window.localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify(user));
}

/** Renders the whole app at `path`, as the browser would after opening that address. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  // With fake timers, user-event must move them forward while it waits between keystrokes.
  const user = userEvent.setup({ advanceTimers: (ms) => (vi.isFakeTimers() ? vi.advanceTimersByTime(ms) : undefined) });
  const view = render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, user };
}
