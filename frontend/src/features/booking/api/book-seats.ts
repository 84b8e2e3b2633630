import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiErrorFrom, send } from '@/api/api-error';
import { bookingCache } from '@/api/booking-cache';
import { apiClient } from '@/api/client';
import { isBooking } from '@/api/is-booking';
import type { BookSeatsInput, Booking } from '@/api/types';

/** Best available: the server picks `quantity` seats (in `section`, side by side in one row if `together`). */
export interface BestAvailableInput {
  quantity: number;
  hold: boolean;
  section?: string;
  together?: boolean;
  userName?: string;
}

/** Seats picked by hand, or a number of seats for the server to pick. */
export type BookInput = BookSeatsInput | BestAvailableInput;

/**
 * POST /shows/{showId}/bookings: books the seats (CONFIRMED) or holds them (PENDING). When seats are
 * taken the API answers 409 with the stored FAILED booking, which is a result, not an error.
 */
export async function bookSeats(showId: string, input: BookInput): Promise<Booking> {
  const { data, error, response } = await send(
    // The schema lists every field of both kinds as always there; exactly one of seats / quantity is sent.
    apiClient.POST('/shows/{showId}/bookings', { params: { path: { showId } }, body: input as never }),
  );
  if (data !== undefined) {
    return data;
  }
  if (response.status === 409 && isBooking(error)) {
    return error;
  }
  throw apiErrorFrom(response, error);
}

export interface BookSeatsVariables {
  showId: string;
  input: BookInput;
}

/**
 * Books or holds seats; the person's list of bookings has one more, and whatever the answer, the
 * show's seats may have changed hands.
 */
export function useBookSeats({ onSuccess }: { onSuccess?: (booking: Booking) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ showId, input }: BookSeatsVariables) => bookSeats(showId, input),
    onSuccess: (booking) => {
      bookingCache.store(queryClient, booking);
      void bookingCache.added(queryClient);
      onSuccess?.(booking);
    },
    onSettled: (_booking, _error, { showId }) => {
      void bookingCache.seatsChanged(queryClient, showId);
    },
  });
}
