import { queryOptions } from '@tanstack/react-query';
import { unwrap } from './api-error';
import { apiClient } from './client';
import { queryKeys } from './query-keys';
import type { Booking } from './types';

/**
 * GET /bookings/{bookingId}: the booking's current status; an overdue hold reads as FAILED/HOLD_EXPIRED.
 * 404 for an unknown booking and for someone else's (the server never says it exists).
 */
export function getBooking(bookingId: string, signal?: AbortSignal): Promise<Booking> {
  return unwrap(apiClient.GET('/bookings/{bookingId}', { params: { path: { bookingId } }, signal }));
}

/**
 * A booking's status. It changes through the user's own actions, whose answers go straight into
 * the cache, or when a hold expires, which the booking flow checks for; so half a minute of
 * freshness saves asking again after each action.
 */
export function getBookingQueryOptions(bookingId: string) {
  return queryOptions({
    queryKey: queryKeys.booking(bookingId),
    queryFn: ({ signal }) => getBooking(bookingId, signal),
    staleTime: 30_000,
  });
}
