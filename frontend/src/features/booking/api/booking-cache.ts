import type { QueryClient } from '@tanstack/react-query';
import { getShowsQueryOptions } from '@/api/get-shows';
import type { Booking } from '@/api/types';
import { getBookingQueryOptions } from './get-booking';
import { getShowQueryOptions } from './get-show';

/** What the booking mutations do to the cache once the server has answered. */
export const bookingCache = {
  /** The server's answer is the booking's latest state: keep it, so nobody has to ask for it again. */
  store(queryClient: QueryClient, booking: Booking) {
    queryClient.setQueryData(getBookingQueryOptions(booking.id).queryKey, booking);
  },

  /** The booking moved on without us (e.g. the hold expired): fetch where it is now. */
  refetch(queryClient: QueryClient, bookingId: string) {
    return queryClient.invalidateQueries({ queryKey: getBookingQueryOptions(bookingId).queryKey });
  },

  /** Seats of the show may have changed hands: its seat map and the list's counts are out of date. */
  seatsChanged(queryClient: QueryClient, showId: string) {
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: getShowQueryOptions(showId).queryKey }),
      queryClient.invalidateQueries({ queryKey: getShowsQueryOptions().queryKey }),
    ]);
  },
};
