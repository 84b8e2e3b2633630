import { queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import { unwrap } from './api-error';
import { apiClient } from './client';
import { queryKeys } from './query-keys';
import { isNewer } from './show-events';
import type { ShowDetail } from './types';

/** GET /shows/{showId}: the show with its seat map; 404 for an unknown show, 400 for a malformed id. */
export function getShow(showId: string, signal?: AbortSignal): Promise<ShowDetail> {
  // Without ?view= the server answers the full view, with the plain arrays.
  return unwrap(apiClient.GET('/shows/{showId}', { params: { path: { showId } }, signal })) as Promise<ShowDetail>;
}

/**
 * A show's seat map. Other customers book all the time, so it is never taken as fresh: it is fetched
 * again on every visit and whenever the window regains focus (the server answers 304 when nothing
 * changed), and invalidated after each of the user's own bookings. The booking page also keeps it
 * current from the show's live events (features/booking/hooks/use-show-events.ts); a fetch that
 * answers with an older version than the events brought is not allowed to turn the map back.
 */
export function getShowQueryOptions(showId: string) {
  return queryOptions({
    queryKey: queryKeys.show(showId),
    queryFn: ({ signal }) => getShow(showId, signal),
    staleTime: 0,
    structuralSharing: (previous: unknown, next: unknown) => {
      const older = previous as ShowDetail | undefined;
      return isNewer(older, next as ShowDetail) ? older : replaceEqualDeep(previous, next);
    },
  });
}
