import { unwrap } from './api-error';
import { apiClient } from './client';
import { useChangeBooking } from './change-booking';
import type { Booking } from './types';

/** POST /bookings/{bookingId}/confirm: turns a hold into a booking; 409 once it expired or ended. */
export function confirmBooking(bookingId: string): Promise<Booking> {
  return unwrap(apiClient.POST('/bookings/{bookingId}/confirm', { params: { path: { bookingId } } }));
}

export function useConfirmBooking({ onSuccess }: { onSuccess?: (booking: Booking) => void } = {}) {
  return useChangeBooking(confirmBooking, onSuccess);
}
