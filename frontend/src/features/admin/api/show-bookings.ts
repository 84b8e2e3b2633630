import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiErrorFrom, send } from '@/api/api-error';
import { apiClient } from '@/api/client';
import { nextCursor } from '@/api/link-header';
import type { BookingStatus, ShowBooking } from '@/api/types';

export const SHOW_BOOKINGS_PAGE_SIZE = 50;

/** Which of a show's bookings the admin asks for. */
export interface ShowBookingsFilter {
  /** Empty: every status. */
  statuses: readonly BookingStatus[];
  /** A username, matched exactly; empty: everyone's. */
  user: string;
}

export interface ShowBookingsPage {
  bookings: ShowBooking[];
  nextCursor: string | undefined;
  /** How many bookings match in all (X-Total-Count). */
  total: number | undefined;
}

/** The filter as query parameters; empty ones left out. */
export function filterQuery({ statuses, user }: ShowBookingsFilter): { status?: string; user?: string } {
  return {
    ...(statuses.length > 0 && { status: statuses.join(',') }),
    ...(user.trim() !== '' && { user: user.trim() }),
  };
}

function count(header: string | null): number | undefined {
  return header !== null && /^\d+$/.test(header.trim()) ? Number(header.trim()) : undefined;
}

/** GET /shows/{showId}/bookings (admins): a page of the show's bookings, with the next page's cursor and the total. */
export async function getShowBookings(
  showId: string,
  filter: ShowBookingsFilter,
  cursor: string | undefined,
  limit = SHOW_BOOKINGS_PAGE_SIZE,
  signal?: AbortSignal,
): Promise<ShowBookingsPage> {
  const { data, error, response } = await send(
    apiClient.GET('/shows/{showId}/bookings', {
      params: { path: { showId }, query: { ...filterQuery(filter), limit: String(limit), ...(cursor !== undefined && { cursor }) } },
      signal,
    }),
  );
  if (data === undefined) {
    throw apiErrorFrom(response, error);
  }
  // JSON here (the CSV answer, the other content type, is fetched by download-bookings.ts)
  return { bookings: data as ShowBooking[], nextCursor: nextCursor(response.headers.get('Link')), total: count(response.headers.get('X-Total-Count')) };
}

/** A page of a show's bookings table; the page shown stays while the next one loads. */
export function getShowBookingsQueryOptions(showId: string, filter: ShowBookingsFilter, cursor: string | undefined) {
  return queryOptions({
    queryKey: ['shows', 'bookings', showId, filterQuery(filter), cursor ?? null] as const,
    queryFn: ({ signal }) => getShowBookings(showId, filter, cursor, SHOW_BOOKINGS_PAGE_SIZE, signal),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** The bookings a cancellation of the show would cancel: held and confirmed ones. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['PENDING', 'CONFIRMED'];

/**
 * How many of the show's bookings are held or confirmed right now: the X-Total-Count of a one-row
 * page. What the cancel confirmation names.
 */
export function getActiveBookingCountQueryOptions(showId: string) {
  return queryOptions({
    queryKey: ['shows', 'bookings', showId, 'active-count'] as const,
    queryFn: async ({ signal }) => {
      const page = await getShowBookings(showId, { statuses: ACTIVE_STATUSES, user: '' }, undefined, 1, signal);
      return page.total ?? page.bookings.length;
    },
    staleTime: 0,
  });
}
