import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import type { Booking } from '@/api/types';

/** GET /bookings/{bookingId}: the booking's current status; an overdue hold reads as FAILED/HOLD_EXPIRED. */
export function getBooking(bookingId: string): Promise<Booking> {
  return unwrap(apiClient.GET('/bookings/{bookingId}', { params: { path: { bookingId } } }));
}
