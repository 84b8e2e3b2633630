import type { components } from './schema';

type Schemas = components['schemas'];

export type Show = Schemas['ShowResponse'];
export type ShowDetail = Schemas['ShowDetailResponse'];
export type CreateShowInput = Schemas['CreateShowRequest'];
type BookSeatsRequest = Schemas['BookSeatsRequest'];
/**
 * Seats picked by hand. The request schema also carries best available's fields (quantity, section,
 * together: features/booking/api/book-seats.ts); on the wire only one of seats / quantity is sent.
 */
export type BookSeatsInput = Pick<BookSeatsRequest, 'seats' | 'hold'> & Partial<Pick<BookSeatsRequest, 'userName'>>;
export type Booking = Schemas['BookingResponse'];
/** A booking as GET /me/bookings lists it: with its show's name and start time. */
export type MyBooking = Schemas['ListedBookingResponse'];
export type Problem = Schemas['Problem'];
export type Violation = Schemas['Violation'];
/** An account as GET /me and sign-in describe it. */
export type User = Schemas['AccountResponse'];
export type RegisterInput = Schemas['RegisterRequest'];
export type LoginInput = Schemas['LoginRequest'];
export type LoginResult = Schemas['LoginResponse'];
/** The data of the live seat map's `snapshot` event (GET /shows/{id}/events). */
export type SeatMapSnapshotEvent = Schemas['SeatMapSnapshotEvent'];
/** The data of the live seat map's `seats` event: seats now taken, seats now free. */
export type SeatsChangedEvent = Schemas['SeatsChangedEvent'];
/** GET /shows/{id}/bookings: a booking of one show, as the admin's table lists it. */
export type ShowBooking = Schemas['ShowBookingResponse'];
/** POST /shows/{id}/cancel and GET /shows/{id}/cancellation: how far a show's cancellation has come. */
export type ShowCancellation = Schemas['CancellationResponse'];
/** A merge patch: any of the members (the document lists them all, as it does for every request). */
export type UpdateShowInput = Partial<Schemas['EditShowRequest']>;
export type BookingStatus = Schemas['BookingStatus'];
