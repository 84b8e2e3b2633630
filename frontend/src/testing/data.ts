import type { Booking, MyBooking, Show, ShowDetail, User } from '@/api/types';

export const SHOW_ID = '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e5f';
export const BOOKING_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const FUTURE = '2099-12-24T19:30:00Z';

export function aShow(overrides: Partial<Show> = {}): Show {
  return {
    id: SHOW_ID,
    name: 'Winter Concert',
    startTime: FUTURE,
    status: 'SCHEDULED',
    cancelledAt: null,
    totalSeats: 10,
    availableCount: 8,
    reservedCount: 2,
    maxSeatsPerCustomer: 10,
    layout: null,
    currency: null,
    ...overrides,
  };
}

export function aShowDetail(overrides: Partial<ShowDetail> = {}): ShowDetail {
  const totalSeats = overrides.totalSeats ?? 10;
  const reservedSeats = overrides.reservedSeats ?? [2, 3];
  const all = Array.from({ length: totalSeats }, (_, index) => index + 1);
  const availableSeats = all.filter((seat) => !reservedSeats.includes(seat));
  return {
    ...aShow(),
    totalSeats,
    reservedSeats,
    availableSeats,
    availableCount: availableSeats.length,
    reservedCount: reservedSeats.length,
    maxSeatsPerBooking: 20,
    holdSeconds: 120,
    version: 1,
    ...overrides,
  };
}

export function aBooking(overrides: Partial<Booking> = {}): Booking {
  const status = overrides.status ?? 'CONFIRMED';
  return {
    id: BOOKING_ID,
    showId: SHOW_ID,
    userName: 'Ada Lovelace',
    owner: 'ada',
    seats: [5, 6],
    status,
    createdAt: '2099-01-01T10:00:00Z',
    updatedAt: '2099-01-01T10:00:00Z',
    expiresAt: null,
    failureReason: null,
    conflictingSeats: [],
    history: [],
    extensionsLeft: null,
    holdLifetimeEndsAt: null,
    seatLabels: (overrides.seats ?? [5, 6]).map(String),
    totalPrice: null,
    ...overrides,
  };
}

export function aMyBooking(overrides: Partial<MyBooking> = {}): MyBooking {
  return { ...aBooking(overrides), show: { id: SHOW_ID, name: 'Winter Concert', startTime: FUTURE, status: 'SCHEDULED' }, ...overrides };
}

/** A customer account, as GET /me answers it. */
export function aCustomer(overrides: Partial<User> = {}): User {
  return { username: 'ada', displayName: 'Ada Lovelace', roles: ['customer'], ...overrides };
}

export function anAdmin(overrides: Partial<User> = {}): User {
  return { username: 'root', displayName: 'Root Admin', roles: ['admin'], ...overrides };
}
