/**
 * The layout of the server-state cache. Features name what they read and what they change by these
 * keys, so one feature can mark another's data out of date without importing it.
 */
export const queryKeys = {
  showList: () => ['shows', 'list'] as const,
  /** One show with its seat map. */
  show: (showId: string) => ['shows', 'detail', showId] as const,
  booking: (bookingId: string) => ['bookings', bookingId] as const,
};
