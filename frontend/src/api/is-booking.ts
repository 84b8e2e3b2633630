import type { Booking } from './types';

const STATUSES: readonly unknown[] = ['PENDING', 'CONFIRMED', 'FAILED', 'CANCELLED'];

/** Checks at run time that a value read from outside (a 409 body, storage) is a booking. */
export function isBooking(value: unknown): value is Booking {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { id, showId, userName, status, seats, conflictingSeats } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof showId === 'string' &&
    typeof userName === 'string' &&
    STATUSES.includes(status) &&
    Array.isArray(seats) &&
    Array.isArray(conflictingSeats)
  );
}
