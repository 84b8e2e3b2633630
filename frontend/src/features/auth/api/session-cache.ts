import type { QueryClient } from '@tanstack/react-query';
import { getMeQueryOptions } from '@/api/get-me';
import { queryKeys } from '@/api/query-keys';
import type { User } from '@/api/types';

/** Someone signed in: whatever an earlier session read about its bookings is not theirs. */
export function signedIn(queryClient: QueryClient, user: User) {
  queryClient.removeQueries({ queryKey: queryKeys.private() });
  queryClient.setQueryData(getMeQueryOptions().queryKey, user);
}

/**
 * Signed out: nobody is signed in, and nothing read during the session stays in the cache. Who is
 * signed in is set first, so every view that asks hears of it before the rest is dropped.
 */
export function signedOut(queryClient: QueryClient) {
  const me = getMeQueryOptions().queryKey;
  queryClient.setQueryData(me, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== me[0] });
}
