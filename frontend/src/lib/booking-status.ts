import type { Booking } from '@/api/types';

/** A booking's status in a few words: "Seats held", "Booking confirmed", "Hold expired"... */
export function statusTitle(booking: Pick<Booking, 'status' | 'failureReason'>): string {
  switch (booking.status) {
    case 'PENDING':
      return 'Seats held';
    case 'CONFIRMED':
      return 'Booking confirmed';
    case 'CANCELLED':
      return 'Booking cancelled';
    case 'FAILED':
      return booking.failureReason === 'HOLD_EXPIRED' ? 'Hold expired' : 'Booking failed';
  }
}
