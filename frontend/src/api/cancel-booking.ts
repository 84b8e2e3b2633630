import { unwrap } from './api-error';
import { apiClient } from './client';
import { useChangeBooking } from './change-booking';
import type { Booking } from './types';

/** POST /bookings/{bookingId}/cancel: releases the seats of a hold or booking; 409 for a failed one. */
export function cancelBooking(bookingId: string): Promise<Booking> {
  return unwrap(apiClient.POST('/bookings/{bookingId}/cancel', { params: { path: { bookingId } } }));
}

export function useCancelBooking({ onSuccess }: { onSuccess?: (booking: Booking) => void } = {}) {
  return useChangeBooking(cancelBooking, onSuccess);
}
