import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShowDetail } from '@/api/types';
import { IDEMPOTENCY_KEY_HEADER } from '@/api/idempotency';
import { aBooking, aCustomer, aShowDetail, BOOKING_ID, SHOW_ID } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderApp, signInAs } from '@/testing/render';

const SHOW_PATH = `/shows/${SHOW_ID}`;
const BOOKINGS_PATH = `/shows/${SHOW_ID}/bookings`;
const EXTEND_PATH = `/bookings/${BOOKING_ID}/extend`;

function seat(name: string) {
  return screen.getByRole('gridcell', { name });
}

async function openShow(routes: Parameters<typeof fakeApi>[0] = {}, detail: ShowDetail = aShowDetail({ holdSeconds: 300 })) {
  signInAs(aCustomer());
  const api = fakeApi({ [`GET ${SHOW_PATH}`]: () => json(detail), 'GET /shows': () => json([]), ...routes });
  const view = renderApp(`/booking/${SHOW_ID}`);
  await screen.findByRole('grid', { name: `Seats of ${detail.name}` });
  return { api, ...view };
}

function inSeconds(seconds: number): string {
  return new Date(Date.now() + seconds * 1000).toISOString();
}

function rateLimited(seconds: number): Response {
  const response = problem(429, 'rate-limited', 'Too many requests', 'Rate limit exceeded.');
  response.headers.set('Retry-After', String(seconds));
  return response;
}

describe('BookingPage, fair and retry-safe', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says how long a hold keeps the seats before anyone holds', async () => {
    const { user } = await openShow();

    expect(screen.getByRole('button', { name: 'Hold' })).toHaveAccessibleDescription(
      'Select at least one seat on the map. Hold: seats are held for 5 minutes, so you can confirm later.',
    );
    await user.click(seat('Seat 4, available'));
    expect(screen.getByRole('button', { name: 'Hold' })).toHaveAccessibleDescription(
      'Book now confirms the seats at once. Hold: seats are held for 5 minutes, so you can confirm later.',
    );
  });

  it('says the hold’s length in minutes and seconds', async () => {
    await openShow({}, aShowDetail({ holdSeconds: 90 }));

    expect(screen.getByText('Hold: seats are held for 1 minute 30 seconds, so you can confirm later.')).toBeInTheDocument();
  });

  it('gives a hold more time, moving the deadline, until no more is allowed', async () => {
    const held = aBooking({ status: 'PENDING', seats: [4], expiresAt: inSeconds(120), extensionsLeft: 1, holdLifetimeEndsAt: inSeconds(600) });
    const extended = { ...held, expiresAt: inSeconds(240), extensionsLeft: 0 };
    const { api, user } = await openShow({
      [`POST ${BOOKINGS_PATH}`]: () => json(held, 201),
      [`POST ${EXTEND_PATH}`]: () => json(extended),
    });
    await user.click(seat('Seat 4, available'));
    await user.click(screen.getByRole('button', { name: 'Hold' }));
    expect(await screen.findByRole('timer')).toHaveTextContent(/^(2:00|1:59)$/);

    await user.click(screen.getByRole('button', { name: 'More time' }));

    expect(await screen.findByRole('timer')).toHaveTextContent(/^(4:00|3:59)$/);
    expect(api.count('POST', EXTEND_PATH)).toBe(1);
    expect(api.lastCall('POST', EXTEND_PATH)?.headers.get(IDEMPOTENCY_KEY_HEADER)).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.queryByRole('button', { name: 'More time' })).not.toBeInTheDocument();
    expect(screen.getByText('More time is not available: this hold has been extended as often as allowed.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Hold timer' })).toHaveTextContent(/More time: seat 4 is held until/);
  });

  it('explains a refused extension and shows the hold as the server has it', async () => {
    const held = aBooking({ status: 'PENDING', seats: [4], expiresAt: inSeconds(120), extensionsLeft: 1, holdLifetimeEndsAt: inSeconds(600) });
    const { user } = await openShow({
      [`POST ${BOOKINGS_PATH}`]: () => json(held, 201),
      [`POST ${EXTEND_PATH}`]: () =>
        problem(409, 'hold-extension-limit', 'Hold cannot be extended', 'This hold has reached its lifetime cap.'),
      [`GET /bookings/${BOOKING_ID}`]: () => json({ ...held, extensionsLeft: 0 }),
    });
    await user.click(seat('Seat 4, available'));
    await user.click(screen.getByRole('button', { name: 'Hold' }));
    await user.click(await screen.findByRole('button', { name: 'More time' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This hold has reached its lifetime cap.');
    expect(await screen.findByText(/this hold has been extended as often as allowed/)).toBeInTheDocument();
  });

  it('says in a plain sentence how many more seats are allowed', async () => {
    const { user } = await openShow({
      [`POST ${BOOKINGS_PATH}`]: () =>
        problem(409, 'seat-limit-reached', 'Seat limit reached', 'At most 10 seats per customer.', undefined, {
          limit: 10,
          remaining: 2,
        }),
    });
    await user.click(seat('Seat 4, available'));
    await user.click(seat('Seat 5, available'));
    await user.click(seat('Seat 6, available'));
    await user.click(screen.getByRole('button', { name: 'Hold' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You can hold at most 10 seats for this show; 2 more are allowed.');
    expect(seat('Seat 6, selected')).toBeInTheDocument();
  });

  it('keeps the selection within the show’s per-customer limit, and says so', async () => {
    const { user } = await openShow({}, aShowDetail({ maxSeatsPerBooking: 20, maxSeatsPerCustomer: 2 }));

    await user.click(seat('Seat 4, available'));
    await user.click(seat('Seat 5, available'));
    await user.click(seat('Seat 6, available'));

    expect(screen.getByText('2 seats selected of at most 2 per customer for this show')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('You can hold at most 2 seats for this show. Deselect a seat to pick another.');
    expect(seat('Seat 6, available')).toBeInTheDocument();
  });

  it('asks the person to wait after too many attempts, counting down, then lets them try again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let limited = true;
    const { user } = await openShow({
      [`POST ${BOOKINGS_PATH}`]: () => (limited ? rateLimited(12) : json(aBooking({ seats: [4] }), 201)),
    });
    await user.click(seat('Seat 4, available'));
    await user.click(screen.getByRole('button', { name: 'Book now' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Too many attempts. Please wait (12|11) seconds and try again.$/);
    expect(screen.getByRole('button', { name: 'Book now' })).toBeDisabled();
    await act(() => vi.advanceTimersByTimeAsync(6_000));
    expect(alert).toHaveTextContent(/Please wait (6|5) seconds/);
    expect(screen.getByRole('button', { name: 'Book now' })).toBeDisabled();

    await act(() => vi.advanceTimersByTimeAsync(6_500));
    expect(alert).toHaveTextContent('You can try again now.');
    limited = false;
    await user.click(screen.getByRole('button', { name: 'Book now' }));
    expect(await screen.findByRole('heading', { name: 'CONFIRMED Booking confirmed' })).toBeInTheDocument();
  });

  it('books after a lost answer: the retry with the same key gets the booking, not "taken"', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let calls = 0;
    const { api, user } = await openShow({
      [`POST ${BOOKINGS_PATH}`]: () => {
        calls += 1;
        if (calls === 1) {
          // The server booked the seats, but the answer never arrived.
          throw new TypeError('network connection lost');
        }
        return json(aBooking({ status: 'CONFIRMED', seats: [5, 6] }), 201, { 'Idempotent-Replayed': 'true' });
      },
    });
    await user.click(seat('Seat 5, available'));
    await user.click(seat('Seat 6, available'));
    await user.click(screen.getByRole('button', { name: 'Book now' }));
    await act(() => vi.advanceTimersByTimeAsync(2_000));

    expect(await screen.findByRole('heading', { name: 'CONFIRMED Booking confirmed' })).toBeInTheDocument();
    const keys = api.calls.filter((call) => call.path === BOOKINGS_PATH).map((call) => call.headers.get(IDEMPOTENCY_KEY_HEADER));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(screen.queryByText(/taken by someone else/)).not.toBeInTheDocument();
  });
});
