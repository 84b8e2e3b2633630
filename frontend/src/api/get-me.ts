import { queryOptions } from '@tanstack/react-query';
import { apiErrorFrom, send } from './api-error';
import { apiClient } from './client';
import { queryKeys } from './query-keys';
import type { User } from './types';

/** GET /me: the account behind the session cookie, or null when nobody is signed in (401). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  const { data, error, response } = await send(apiClient.GET('/me', { signal }));
  if (data !== undefined) {
    return data;
  }
  if (response.status === 401) {
    return null;
  }
  throw apiErrorFrom(response, error);
}

/**
 * Who is signed in. Sign-in and sign-out put the answer straight into the cache; asking again
 * after a while (and on focus) notices a session that ended on its own.
 */
export function getMeQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
}
