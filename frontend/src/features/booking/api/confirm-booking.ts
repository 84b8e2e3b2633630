import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import type { Booking } from '@/api/types';
import { useChangeBooking } from './change-booking';

/** POST /bookings/{bookingId}/confirm: turns a hold into a booking; 409 once it expired or ended. */
export function confirmBooking(bookingId: string): Promise<Booking> {
  return unwrap(apiClient.POST('/bookings/{bookingId}/confirm', { params: { path: { bookingId } } }));
}

export function useConfirmBooking({ onSuccess }: { onSuccess?: (booking: Booking) => void } = {}) {
  return useChangeBooking(confirmBooking, onSuccess);
}
