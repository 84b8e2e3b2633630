import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import type { ApiError } from '@/api/api-error';

declare module '@tanstack/react-query' {
  interface Register {
    // Every API call fails with an ApiError (src/api/api-error.ts), so views can read kind, status and problem.
    defaultError: ApiError;
  }
}

/** A failure that a second try may not meet: no answer, or a server error. A 4xx answer stays the same. */
function isTransient(error: ApiError): boolean {
  return error.kind === 'network' || (error.status ?? 0) >= 500;
}

/**
 * The app's server-state cache. Queries say how long their data stays fresh (see their
 * queryOptions); stale data is fetched again when a view mounts, when the window regains focus
 * and when something invalidates it. Writes are never retried: a booking must not be sent twice.
 */
export function createQueryClient(queryDefaults: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        retry: (failureCount, error) => failureCount < 1 && isTransient(error),
        // The API is on the app's own origin: when it cannot be reached, say so at once (as an
        // error the views explain) instead of waiting, paused, for the browser to report a network.
        networkMode: 'always',
        ...queryDefaults,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
