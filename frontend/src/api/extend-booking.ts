import { unwrap } from './api-error';
import { apiClient } from './client';
import { useChangeBooking } from './change-booking';
import type { Booking } from './types';

/**
 * POST /bookings/{bookingId}/extend: moves a hold's deadline on by the hold length, up to its
 * lifetime cap; 409 hold-extension-limit past the cap or the number of extensions, 409 hold-expired.
 */
export function extendBooking(bookingId: string): Promise<Booking> {
  return unwrap(apiClient.POST('/bookings/{bookingId}/extend', { params: { path: { bookingId } } }));
}

export function useExtendBooking({ onSuccess }: { onSuccess?: (booking: Booking) => void } = {}) {
  return useChangeBooking(extendBooking, onSuccess, { movesSeats: false });
}
