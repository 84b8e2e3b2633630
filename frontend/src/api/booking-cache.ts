import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { getBookingQueryOptions } from './get-booking';
import { getShowQueryOptions } from './get-show';
import { getShowsQueryOptions } from './get-shows';
import { queryKeys } from './query-keys';
import type { Booking, MyBooking } from './types';

/** A page of GET /me/bookings as the cache holds it (see features/my-bookings). */
export interface MyBookingsPage {
  bookings: MyBooking[];
  /** Where the next page starts; undefined on the last page. */
  nextCursor: string | undefined;
}

/** What the booking mutations do to the cache once the server has answered. */
export const bookingCache = {
  /**
   * The server's answer is the booking's latest state: keep it, so nobody has to ask for it again,
   * and show it in the list of the person's bookings too (which adds the show's name and time).
   */
  store(queryClient: QueryClient, booking: Booking) {
    queryClient.setQueryData(getBookingQueryOptions(booking.id).queryKey, booking);
    queryClient.setQueryData<InfiniteData<MyBookingsPage, string | undefined>>(queryKeys.myBookings(), (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              bookings: page.bookings.map((mine) => (mine.id === booking.id ? { ...booking, show: mine.show } : mine)),
            })),
          }
        : data,
    );
  },

  /** A new booking exists: the list of the person's bookings lacks it until fetched again. */
  added(queryClient: QueryClient) {
    return queryClient.invalidateQueries({ queryKey: queryKeys.myBookings() });
  },

  /** The booking moved on without us (e.g. the hold expired): fetch where it is now. */
  refetch(queryClient: QueryClient, bookingId: string) {
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: getBookingQueryOptions(bookingId).queryKey }),
      queryClient.invalidateQueries({ queryKey: queryKeys.myBookings() }),
    ]);
  },

  /** Seats of the show may have changed hands: its seat map and the list's counts are out of date. */
  seatsChanged(queryClient: QueryClient, showId: string) {
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: getShowQueryOptions(showId).queryKey }),
      queryClient.invalidateQueries({ queryKey: getShowsQueryOptions().queryKey }),
    ]);
  },
};
