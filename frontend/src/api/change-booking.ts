import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bookingCache } from './booking-cache';
import type { Booking } from './types';

export interface BookingRef {
  bookingId: string;
  showId: string;
}

/**
 * A change to an existing booking (confirm, cancel, extend). When the server refuses it, the
 * booking has usually moved on without us, so it is fetched again before the mutation settles;
 * either way the show's seats may have changed hands (unless `movesSeats` is false: an extension
 * keeps the same seats).
 */
export function useChangeBooking(
  change: (bookingId: string) => Promise<Booking>,
  onSuccess?: (booking: Booking) => void,
  { movesSeats = true }: { movesSeats?: boolean } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ bookingId }: BookingRef) => change(bookingId),
    onSuccess: (booking) => {
      bookingCache.store(queryClient, booking);
      onSuccess?.(booking);
    },
    onError: (error, { bookingId }) =>
      // Without a session there is nothing to fetch: the person is on the way to signing in.
      error.status === 401 ? undefined : bookingCache.refetch(queryClient, bookingId),
    onSettled: (_booking, _error, { showId }) => {
      if (movesSeats) {
        void bookingCache.seatsChanged(queryClient, showId);
      }
    },
  });
}
