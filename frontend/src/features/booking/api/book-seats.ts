import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiErrorFrom, send } from '@/api/api-error';
import { bookingCache } from '@/api/booking-cache';
import { apiClient } from '@/api/client';
import { isBooking } from '@/api/is-booking';
import type { BookSeatsInput, Booking } from '@/api/types';

/**
 * POST /shows/{showId}/bookings: books the seats (CONFIRMED) or holds them (PENDING). When seats are
 * taken the API answers 409 with the stored FAILED booking, which is a result, not an error.
 */
export async function bookSeats(showId: string, input: BookSeatsInput): Promise<Booking> {
  const { data, error, response } = await send(
    apiClient.POST('/shows/{showId}/bookings', { params: { path: { showId } }, body: input }),
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
  input: BookSeatsInput;
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
