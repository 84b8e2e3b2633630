import type { Booking } from '@/api/types';

/** Whether the booking was cancelled because its show was (history reason SHOW_CANCELLED). */
export function cancelledWithShow(booking: { status: Booking['status']; history?: Booking['history'] }): boolean {
  return booking.status === 'CANCELLED' && (booking.history ?? []).some((change) => change.reason === 'SHOW_CANCELLED');
}

/** A booking's status in a few words: "Seats held", "Booking confirmed", "Hold expired", "Show cancelled"... */
export function statusTitle(booking: Pick<Booking, 'status' | 'failureReason'> & { history?: Booking['history'] }): string {
  switch (booking.status) {
    case 'PENDING':
      return 'Seats held';
    case 'CONFIRMED':
      return 'Booking confirmed';
    case 'CANCELLED':
      return cancelledWithShow(booking) ? 'Show cancelled' : 'Booking cancelled';
    case 'FAILED':
      return booking.failureReason === 'HOLD_EXPIRED' ? 'Hold expired' : 'Booking failed';
  }
}
