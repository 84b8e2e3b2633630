import type { Booking } from '@/api/types';
import type { SeatMap } from '../api/get-seat-map';
import { isReserved } from './seat-bitmap';
import { formatPrice, type Price } from './venue';

export type SeatState = 'available' | 'reserved' | 'selected' | 'conflict' | 'mine';

/** Seats per row of the grid without a layout, when the map's width is unknown. */
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

/** "Stalls A-12, available, €45.00" (the name as seatName gives it; "Seat 12" without a layout). */
export function seatLabel(name: string | number, state: SeatState, price?: Price | null): string {
  const seat = typeof name === 'number' ? `Seat ${name}` : name;
  return price ? `${seat}, ${DESCRIPTIONS[state]}, ${formatPrice(price)}` : `${seat}, ${DESCRIPTIONS[state]}`;
}

/** The seats of the person's own booking shown on the map: held or booked ones ("yours"), or those that made it fail. */
export function bookingSeats(booking: Booking | undefined): { mine: ReadonlySet<number>; conflict: ReadonlySet<number> } {
  if (booking && (booking.status === 'PENDING' || booking.status === 'CONFIRMED')) {
    return { mine: new Set(booking.seats), conflict: new Set() };
  }
  if (booking?.status === 'FAILED') {
    return { mine: new Set(), conflict: new Set(booking.conflictingSeats) };
  }
  return { mine: new Set(), conflict: new Set() };
}

/**
 * The state of one seat. What the user picked wins, then seats that made their last attempt fail,
 * then seats of their own active booking (if the map has them taken), then the map.
 */
export function seatStateOf(
  seat: number,
  map: Pick<SeatMap, 'reserved'>,
  selected: ReadonlySet<number>,
  mine: ReadonlySet<number>,
  conflict: ReadonlySet<number>,
): SeatState {
  if (selected.has(seat)) {
    return 'selected';
  }
  if (conflict.has(seat)) {
    return 'conflict';
  }
  const reserved = isReserved(map.reserved, seat);
  if (reserved && mine.has(seat)) {
    return 'mine';
  }
  return reserved ? 'reserved' : 'available';
}

/** The state of every seat (index = seat number - 1): for maps small enough to be drawn as elements. */
export function seatStates(map: Pick<SeatMap, 'reserved' | 'totalSeats'>, selected: ReadonlySet<number>, booking: Booking | undefined): SeatState[] {
  const { mine, conflict } = bookingSeats(booking);
  const states = new Array<SeatState>(map.totalSeats);
  for (let seat = 1; seat <= map.totalSeats; seat++) {
    states[seat - 1] = seatStateOf(seat, map, selected, mine, conflict);
  }
  return states;
}
