import type { Booking } from '@/api/types';
import { formatSeats } from '@/lib/format';

const REASONS: Record<string, string> = {
  SEATS_BOOKED: 'Booked',
  SEATS_HELD: 'Held',
  HOLD_CONFIRMED: 'Hold confirmed',
  CANCELLED_BY_USER: 'Cancelled',
  SEATS_UNAVAILABLE: 'Failed: seats already taken',
  HOLD_EXPIRED: 'Hold expired',
  SHOW_CANCELLED: 'Cancelled: the show was cancelled',
};

/** One entry of a booking's history in words; a reason this app does not know yet is shown as the server names it. */
export function reasonText(reason: string): string {
  return REASONS[reason] ?? reason;
}

/** "Winter Concert, seats 4 and 5": what a booking is, for announcements and button names. */
export function describe(booking: Pick<Booking, 'seats'>, showName: string | undefined): string {
  return showName ? `${showName}, ${formatSeats(booking.seats)}` : formatSeats(booking.seats);
}
