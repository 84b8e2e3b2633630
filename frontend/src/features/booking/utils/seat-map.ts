import type { Booking, ShowDetail } from '@/api/types';

export type SeatState = 'available' | 'reserved' | 'selected' | 'conflict' | 'mine';

/** Seats per row of the grid; rows keep arrow-key movement predictable. */
export function gridColumns(totalSeats: number): number {
  return Math.min(totalSeats, 20);
}

const DESCRIPTIONS: Record<SeatState, string> = {
  available: 'available',
  reserved: 'reserved',
  selected: 'selected',
  conflict: 'conflicting, taken by another booking',
  mine: 'yours',
};

export function seatLabel(seat: number, state: SeatState): string {
  return `Seat ${seat}, ${DESCRIPTIONS[state]}`;
}

/**
 * The state of every seat (index = seat number - 1). What the user picked wins, then seats that
 * made their last attempt fail, then seats of their own active booking, then the map.
 */
export function seatStates(show: ShowDetail, selected: ReadonlySet<number>, booking: Booking | undefined): SeatState[] {
  const states = new Array<SeatState>(show.totalSeats).fill('available');
  for (const seat of show.reservedSeats) {
    states[seat - 1] = 'reserved';
  }
  if (booking && (booking.status === 'PENDING' || booking.status === 'CONFIRMED')) {
    for (const seat of booking.seats) {
      if (states[seat - 1] === 'reserved') {
        states[seat - 1] = 'mine';
      }
    }
  }
  if (booking?.status === 'FAILED') {
    for (const seat of booking.conflictingSeats) {
      states[seat - 1] = 'conflict';
    }
  }
  for (const seat of selected) {
    states[seat - 1] = 'selected';
  }
  return states;
}
