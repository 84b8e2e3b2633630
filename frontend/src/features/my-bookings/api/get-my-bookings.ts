import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiErrorFrom, send } from '@/api/api-error';
import type { MyBookingsPage } from '@/api/booking-cache';
import { apiClient } from '@/api/client';
import { nextCursor } from '@/api/link-header';
import { queryKeys } from '@/api/query-keys';

export const MY_BOOKINGS_PAGE_SIZE = 20;

/**
 * GET /me/bookings: one page of the signed-in person's bookings, newest first. The `Link` header's
 * rel="next" carries the cursor of the next page; on the last page there is none.
 */
export async function getMyBookings(cursor: string | undefined, signal?: AbortSignal): Promise<MyBookingsPage> {
  const { data, error, response } = await send(
    apiClient.GET('/me/bookings', { params: { query: { limit: String(MY_BOOKINGS_PAGE_SIZE), cursor } }, signal }),
  );
  if (data === undefined) {
    throw apiErrorFrom(response, error);
  }
  return { bookings: data, nextCursor: nextCursor(response.headers.get('Link')) };
}

/**
 * The person's bookings, page by page ("Load more"). Holds expire and other tabs change things, so
 * the list is fetched again on every visit; the person's own changes go straight into it.
 */
export function getMyBookingsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.myBookings(),
    queryFn: ({ pageParam, signal }) => getMyBookings(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    staleTime: 0,
  });
}
