import { queryOptions } from '@tanstack/react-query';
import { unwrap } from './api-error';
import { apiClient } from './client';
import { queryKeys } from './query-keys';
import type { Show } from './types';

/** GET /shows: every show, sorted by start time. */
export function getShows(signal?: AbortSignal): Promise<Show[]> {
  return unwrap(apiClient.GET('/shows', { signal }));
}

/**
 * The show list, shared by the shows page and the admin page and refreshed by whatever changes
 * shows or seats. An overview: reused across navigation for half a minute, then fetched again.
 */
export function getShowsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.showList(),
    queryFn: ({ signal }) => getShows(signal),
    staleTime: 30_000,
  });
}
