/**
 * The layout of the server-state cache. Features name what they read and what they change by these
 * keys, so one feature can mark another's data out of date without importing it.
 */
export const queryKeys = {
  /** Who is signed in (null: nobody). */
  me: () => ['session', 'me'] as const,
  showList: () => ['shows', 'list'] as const,
  /** One show with its seat map. */
  show: (showId: string) => ['shows', 'detail', showId] as const,
  /** A show's seat map as the booking page reads it (?view=bitmap); invalidating the show invalidates it too. */
  seatMap: (showId: string) => ['shows', 'detail', showId, 'seat-map'] as const,
  booking: (bookingId: string) => ['bookings', 'one', bookingId] as const,
  /** The signed-in person's bookings, page by page. */
  myBookings: () => ['bookings', 'mine'] as const,
  /** Everything that belongs to one account: dropped when the session ends or someone else signs in. */
  private: () => ['bookings'] as const,
};
