import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import type { Booking } from '@/api/types';
import { useChangeBooking } from './change-booking';

/** POST /bookings/{bookingId}/cancel: releases the seats of a hold or booking; 409 for a failed one. */
export function cancelBooking(bookingId: string): Promise<Booking> {
  return unwrap(apiClient.POST('/bookings/{bookingId}/cancel', { params: { path: { bookingId } } }));
}

export function useCancelBooking({ onSuccess }: { onSuccess?: (booking: Booking) => void } = {}) {
  return useChangeBooking(cancelBooking, onSuccess);
}
