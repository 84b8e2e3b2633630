import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Booking, ShowDetail } from '@/api/types';
import { BOOKINGS_STORAGE_KEY } from '@/lib/current-bookings';
import { SELECTION_STORAGE_KEY } from '../hooks/use-seat-selection';
import { aBooking, aCustomer, aShowDetail, BOOKING_ID, SHOW_ID } from '@/testing/data';
import { fakeApi, json, notSignedIn, problem, serverDown } from '@/testing/fake-api';
import { appHeader, renderApp, signInAs } from '@/testing/render';

const SHOW_PATH = `/shows/${SHOW_ID}`;
const BOOKINGS_PATH = `/shows/${SHOW_ID}/bookings`;

function seat(name: string) {
  return screen.getByRole('gridcell', { name });
}

/** A show whose seat map changes the way the server's would. */
function liveShow(initial: ShowDetail) {
  let detail = initial;
  return {
    current: () => detail,
    reserve(seats: number[]) {
      const reservedSeats = [...detail.reservedSeats, ...seats].sort((a, b) => a - b);
      detail = { ...detail, reservedSeats, availableSeats: detail.availableSeats.filter((s) => !seats.includes(s)) };
    },
    release(seats: number[]) {
      detail = {
        ...detail,
        reservedSeats: detail.reservedSeats.filter((s) => !seats.includes(s)),
        availableSeats: [...detail.availableSeats, ...seats].sort((a, b) => a - b),
      };
    },
  };
}

/** A booking this browser tab made earlier, as the app stores it. */
function remember(booking: Booking) {
  window.sessionStorage.setItem(BOOKINGS_STORAGE_KEY, JSON.stringify({ [booking.showId]: booking }));
}

async function openShow(routes: Parameters<typeof fakeApi>[0] = {}, detail = aShowDetail()) {
  const api = fakeApi({ [`GET ${SHOW_PATH}`]: () => json(detail), 'GET /shows': () => json([]), ...routes });
  const view = renderApp(`/booking/${SHOW_ID}`);
  await screen.findByRole('grid', { name: `Seats of ${detail.name}` });
  return { api, ...view };
}

describe('BookingPage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the seat map with reserved seats and asks visitors to sign in before booking', async () => {
    await openShow();

    expect(screen.getByRole('heading', { level: 1, name: 'Winter Concert' })).toBeInTheDocument();
    expect(seat('Seat 2, reserved')).toBeInTheDocument();
    expect(seat('Seat 1, available')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sign in to book seats' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Book now' })).not.toBeInTheDocument();
  });

  it('offers visitors a way to an account that comes back to this show', async () => {
    await openShow();

    const prompt = screen.getByRole('region', { name: 'Sign in to book seats' });
    const back = encodeURIComponent(`/booking/${SHOW_ID}`);
    expect(within(prompt).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', `/sign-in?next=${back}`);
    expect(within(prompt).getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', `/register?next=${back}`);
  });

  it('books for another attendee when a name is given, and checks its length first', async () => {
    signInAs(aCustomer());
    const { api, user } = await openShow({
      [`POST ${BOOKINGS_PATH}`]: () => json(aBooking({ seats: [4], userName: 'Charles Babbage' }), 201),
    });
    const attendee = screen.getByLabelText('Attendee name (optional)');
    expect(attendee).toHaveAccessibleDescription('Leave empty to book in your name, Ada Lovelace.');
    await user.click(seat('Seat 4, available'));

    await user.click(attendee);
    await user.paste('x'.repeat(101));
    expect(attendee).toHaveAccessibleDescription(expect.stringContaining('Use at most 100 characters (now 101).'));
    expect(screen.getByRole('button', { name: 'Book now' })).toBeDisabled();

    await user.clear(attendee);
    await user.type(attendee, '  Charles Babbage ');
    await user.click(screen.getByRole('button', { name: 'Book now' }));

    expect(await screen.findByText(/Seat 4 is booked for Charles Babbage/)).toBeInTheDocument();
    expect(api.lastBody('POST', BOOKINGS_PATH)).toEqual({ seats: [4], userName: 'Charles Babbage', hold: false });
  });

  it('keeps a visitor’s seats while they sign in, and books them after', async () => {
    const { api, user, router } = await openShow({
      'POST /auth/login': () => json({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: aCustomer() }),
      [`POST ${BOOKINGS_PATH}`]: () => json(aBooking({ seats: [4, 7] }), 201),
    });
    await user.click(seat('Seat 7, available'));
    await user.click(seat('Seat 4, available'));

    await user.click(within(screen.getByRole('region', { name: 'Sign in to book seats' })).getByRole('link', { name: 'Sign in' }));
    await user.type(await screen.findByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('gridcell', { name: 'Seat 4, selected' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/booking/${SHOW_ID}`);
    expect(seat('Seat 7, selected')).toBeInTheDocument();
    expect(screen.getByText('2 seats selected of at most 10 per customer for this show')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Book now' }));
    await screen.findByRole('heading', { name: 'CONFIRMED Booking confirmed' });
    expect(api.lastBody('POST', BOOKINGS_PATH)).toEqual({ seats: [4, 7], hold: false });
  });

  it('sends someone whose session ended to sign in, and back to their selected seats', async () => {
    signInAs(aCustomer());
    let sessionValid = false;
    const { api, user, router } = await openShow({
      'POST /auth/login': () => {
        sessionValid = true;
        return json({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: aCustomer() });
      },
      [`POST ${BOOKINGS_PATH}`]: () => (sessionValid ? json(aBooking({ seats: [5, 6] }), 201) : notSignedIn()),
    });
    await user.click(seat('Seat 5, available'));
    await user.click(seat('Seat 6, available'));

    await user.click(screen.getByRole('button', { name: 'Book now' }));

    expect(await screen.findByText('Your session has ended')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(`/booking/${SHOW_ID}`)}`);
    // the header hears of the ended session once its query settles, which may be a render after the page
    expect(await within(appHeader()).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toHaveFocus();

    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('gridcell', { name: 'Seat 5, selected' })).toBeInTheDocument();
    expect(seat('Seat 6, selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Book now' }));
    expect(await screen.findByRole('heading', { name: 'CONFIRMED Booking confirmed' })).toBeInTheDocument();
    expect(api.count('POST', BOOKINGS_PATH)).toBe(2);
    expect(window.sessionStorage.getItem(SELECTION_STORAGE_KEY)).toBe('{}');
  });

  it('restores a kept selection without the seats taken meanwhile', async () => {
    signInAs(aCustomer());
    window.sessionStorage.setItem(SELECTION_STORAGE_KEY, JSON.stringify({ [SHOW_ID]: [1, 2, 9, 11, 'x'] }));
    await openShow({}, aShowDetail({ reservedSeats: [2, 3] }));

    expect(seat('Seat 1, selected')).toBeInTheDocument();
    expect(seat('Seat 9, selected')).toBeInTheDocument();
    expect(seat('Seat 2, reserved')).toBeInTheDocument();
    expect(screen.getByText('2 seats selected of at most 10 per customer for this show')).toBeInTheDocument();
  });

  it('selects and deselects available seats but not reserved ones, counting against the cap', async () => {
    signInAs(aCustomer());
    const { user } = await openShow({}, aShowDetail({ maxSeatsPerBooking: 4 }));

    await user.click(seat('Seat 1, available'));
    await user.click(seat('Seat 2, reserved'));
    await user.click(seat('Seat 4, available'));

    expect(screen.getByText('2 seats selected of at most 4 per booking')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Selected seats' })).getAllByRole('button')).toHaveLength(2);
    await user.click(seat('Seat 1, selected'));
    expect(screen.getByText('1 seat selected of at most 4 per booking')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove seat 4' }));
    expect(seat('Seat 4, available')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Book now' })).toBeDisabled();
  });

  it('refuses more seats than one booking may hold and says why', async () => {
    signInAs(aCustomer());
    const { user } = await openShow({}, aShowDetail({ maxSeatsPerBooking: 2 }));

    await user.click(seat('Seat 1, available'));
    await user.click(seat('Seat 4, available'));
    await user.click(seat('Seat 5, available'));

    expect(seat('Seat 5, available')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('You can book at most 2 seats at once');
    await user.click(seat('Seat 4, selected'));
    expect(screen.queryByText(/You can book at most/)).not.toBeInTheDocument();
    await user.click(seat('Seat 5, available'));
    expect(seat('Seat 5, selected')).toBeInTheDocument();
  });

  it('books seats in the account’s name and shows them as yours once confirmed', async () => {
    signInAs(aCustomer());
    const show = liveShow(aShowDetail());
    const { api, user } = await openShow({
      [`GET ${SHOW_PATH}`]: () => json(show.current()),
      [`POST ${BOOKINGS_PATH}`]: () => {
        show.reserve([5, 6]);
        return json(aBooking({ status: 'CONFIRMED', seats: [5, 6] }), 201);
      },
    });

    await user.click(seat('Seat 6, available'));
    await user.click(seat('Seat 5, available'));
    await user.click(screen.getByRole('button', { name: 'Book now' }));

    expect(await screen.findByRole('heading', { name: 'CONFIRMED Booking confirmed' })).toBeInTheDocument();
    expect(api.lastBody('POST', BOOKINGS_PATH)).toEqual({ seats: [5, 6], hold: false });
    expect(await screen.findByRole('gridcell', { name: 'Seat 5, yours' })).toBeInTheDocument();
    expect(seat('Seat 6, yours')).toBeInTheDocument();
    expect(screen.getByText('0 seats selected of at most 10 per customer for this show')).toBeInTheDocument();
  });

  it('shows a failed booking with the taken seats highlighted on the refreshed map, keeping the rest selected', async () => {
    signInAs(aCustomer());
    const show = liveShow(aShowDetail());
    const { api, user } = await openShow({
      [`GET ${SHOW_PATH}`]: () => json(show.current()),
      [`POST ${BOOKINGS_PATH}`]: () => {
        show.reserve([7]); // someone else was faster
        return json(aBooking({ status: 'FAILED', seats: [6, 7], failureReason: 'SEATS_UNAVAILABLE', conflictingSeats: [7] }), 409);
      },
    });

    await user.click(seat('Seat 6, available'));
    await user.click(seat('Seat 7, available'));
    await user.click(screen.getByRole('button', { name: 'Book now' }));

    expect(await screen.findByRole('heading', { name: 'FAILED Booking failed' })).toBeInTheDocument();
    expect(seat('Seat 7, conflicting, taken by another booking')).toBeInTheDocument();
    expect(seat('Seat 6, selected')).toBeInTheDocument();
    await waitFor(() => expect(api.count('GET', SHOW_PATH)).toBe(2));
    expect(seat('Seat 7, conflicting, taken by another booking')).toHaveAttribute('data-state', 'conflict');
  });

  it('holds seats with a countdown, then confirms them', async () => {
    signInAs(aCustomer());
    const show = liveShow(aShowDetail());
    const expiresAt = new Date(Date.now() + 120_000).toISOString();
    const { api, user } = await openShow({
      [`GET ${SHOW_PATH}`]: () => json(show.current()),
      [`POST ${BOOKINGS_PATH}`]: () => {
        show.reserve([4]);
        return json(aBooking({ status: 'PENDING', seats: [4], expiresAt }), 201);
      },
      [`POST /bookings/${BOOKING_ID}/confirm`]: () => json(aBooking({ status: 'CONFIRMED', seats: [4] })),
    });

    await user.click(seat('Seat 4, available'));
    await user.click(screen.getByRole('button', { name: 'Hold' }));

    expect(await screen.findByRole('heading', { name: 'PENDING Seats held' })).toBeInTheDocument();
    expect(api.lastBody('POST', BOOKINGS_PATH)).toEqual({ seats: [4], hold: true });
    expect(screen.getByRole('timer')).toHaveTextContent(/^(2:00|1:59)$/);
    expect(await screen.findByRole('gridcell', { name: 'Seat 4, yours' })).toBeInTheDocument();
    // One hold at a time: no new booking until this one is settled.
    await user.click(seat('Seat 8, available'));
    expect(screen.getByRole('button', { name: 'Book now' })).toBeDisabled();
    expect(screen.getByText('Confirm or cancel your held seats first.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByRole('heading', { name: 'CONFIRMED Booking confirmed' })).toBeInTheDocument();
    expect(api.count('POST', `/bookings/${BOOKING_ID}/confirm`)).toBe(1);
    expect(screen.getByRole('button', { name: 'Book now' })).toBeEnabled();
  });

  it('cancels a hold and shows its seats free again', async () => {
    signInAs(aCustomer());
    const show = liveShow(aShowDetail());
    const { user } = await openShow({
      [`GET ${SHOW_PATH}`]: () => json(show.current()),
      [`POST ${BOOKINGS_PATH}`]: () => {
        show.reserve([9, 10]);
        return json(aBooking({ status: 'PENDING', seats: [9, 10], expiresAt: '2999-01-01T00:00:00Z' }), 201);
      },
      [`POST /bookings/${BOOKING_ID}/cancel`]: () => {
        show.release([9, 10]);
        return json(aBooking({ status: 'CANCELLED', seats: [9, 10] }));
      },
    });

    await user.click(seat('Seat 9, available'));
    await user.click(seat('Seat 10, available'));
    await user.click(screen.getByRole('button', { name: 'Hold' }));
    expect(await screen.findByRole('gridcell', { name: 'Seat 9, yours' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel hold' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Cancel this hold?' })).getByRole('button', { name: 'Cancel hold' }));

    expect(await screen.findByRole('heading', { name: 'CANCELLED Booking cancelled' })).toHaveFocus();
    expect(await screen.findByRole('gridcell', { name: 'Seat 9, available' })).toBeInTheDocument();
    expect(seat('Seat 10, available')).toBeInTheDocument();
  });

  it('asks the server once a hold runs out and shows it expired', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    signInAs(aCustomer());
    const show = liveShow(aShowDetail());
    const expiresAt = new Date(Date.now() + 3_000).toISOString();
    const { api, user } = await openShow({
      [`GET ${SHOW_PATH}`]: () => json(show.current()),
      [`POST ${BOOKINGS_PATH}`]: () => {
        show.reserve([1]);
        return json(aBooking({ status: 'PENDING', seats: [1], expiresAt }), 201);
      },
      [`GET /bookings/${BOOKING_ID}`]: () => {
        show.release([1]);
        return json(aBooking({ status: 'FAILED', seats: [1], failureReason: 'HOLD_EXPIRED' }));
      },
    });
    await user.click(seat('Seat 1, available'));
    await user.click(screen.getByRole('button', { name: 'Hold' }));
    await screen.findByRole('heading', { name: 'PENDING Seats held' });

    await act(() => vi.advanceTimersByTimeAsync(4_000));

    expect(await screen.findByRole('heading', { name: 'FAILED Hold expired' })).toBeInTheDocument();
    expect(api.count('GET', `/bookings/${BOOKING_ID}`)).toBe(1);
    expect(await screen.findByRole('gridcell', { name: 'Seat 1, available' })).toBeInTheDocument();
  });

  it('keeps asking while the server still calls an overdue hold pending', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    signInAs(aCustomer());
    const show = liveShow(aShowDetail());
    const held = aBooking({ status: 'PENDING', seats: [1], expiresAt: new Date(Date.now() + 3_000).toISOString() });
    let checks = 0;
    const { api, user } = await openShow({
      [`GET ${SHOW_PATH}`]: () => json(show.current()),
      [`POST ${BOOKINGS_PATH}`]: () => {
        show.reserve([1]);
        return json(held, 201);
      },
      // The server's clock is behind: the first check still finds the hold running.
      [`GET /bookings/${BOOKING_ID}`]: () => {
        checks += 1;
        if (checks === 1) {
          return json(held);
        }
        show.release([1]);
        return json(aBooking({ status: 'FAILED', seats: [1], failureReason: 'HOLD_EXPIRED' }));
      },
    });
    await user.click(seat('Seat 1, available'));
    await user.click(screen.getByRole('button', { name: 'Hold' }));
    await screen.findByRole('heading', { name: 'PENDING Seats held' });

    await act(() => vi.advanceTimersByTimeAsync(4_000));
    expect(api.count('GET', `/bookings/${BOOKING_ID}`)).toBe(1);
    expect(screen.getByRole('heading', { name: 'PENDING Seats held' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(4_000));

    expect(await screen.findByRole('heading', { name: 'FAILED Hold expired' })).toBeInTheDocument();
    expect(api.count('GET', `/bookings/${BOOKING_ID}`)).toBe(2);
    expect(await screen.findByRole('gridcell', { name: 'Seat 1, available' })).toBeInTheDocument();
  });

  it('shows the current status when a confirm comes too late', async () => {
    signInAs(aCustomer());
    const { user } = await openShow({
      [`POST ${BOOKINGS_PATH}`]: () => json(aBooking({ status: 'PENDING', seats: [4], expiresAt: '2999-01-01T00:00:00Z' }), 201),
      [`POST /bookings/${BOOKING_ID}/confirm`]: () => problem(409, 'hold-expired', 'Hold expired', 'The hold expired before it was confirmed.'),
      [`GET /bookings/${BOOKING_ID}`]: () => json(aBooking({ status: 'FAILED', seats: [4], failureReason: 'HOLD_EXPIRED' })),
    });
    await user.click(seat('Seat 4, available'));
    await user.click(screen.getByRole('button', { name: 'Hold' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByRole('heading', { name: 'FAILED Hold expired' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The hold expired before it was confirmed.');
  });

  it('shows the server’s problem when it rejects a booking, keeping the selection', async () => {
    signInAs(aCustomer());
    const { user } = await openShow({
      [`POST ${BOOKINGS_PATH}`]: () =>
        problem(409, 'show-started', 'Show already started', 'Bookings close when the show starts.'),
    });
    await user.click(seat('Seat 4, available'));
    await user.click(screen.getByRole('button', { name: 'Book now' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Show already started');
    expect(alert).toHaveTextContent('Bookings close when the show starts.');
    expect(seat('Seat 4, selected')).toBeInTheDocument();
  });

  it('closes booking for a show that has started', async () => {
    signInAs(aCustomer());
    await openShow({}, aShowDetail({ startTime: '2000-01-01T19:00:00Z' }));

    expect(screen.getByText('This show has started')).toBeInTheDocument();
    expect(screen.getByText('Booking is closed: this show has started.')).toBeInTheDocument();
  });

  it('keeps the latest booking when the user leaves the show and comes back', async () => {
    signInAs(aCustomer());
    const held = aBooking({ status: 'PENDING', seats: [4], expiresAt: '2999-01-01T00:00:00Z' });
    const { user, router } = await openShow({
      [`POST ${BOOKINGS_PATH}`]: () => json(held, 201),
      [`GET /bookings/${BOOKING_ID}`]: () => json(held),
    });
    await user.click(seat('Seat 4, available'));
    await user.click(screen.getByRole('button', { name: 'Hold' }));
    await screen.findByRole('heading', { name: 'PENDING Seats held' });

    await act(() => router.navigate('/'));
    await act(() => router.navigate(`/booking/${SHOW_ID}`));

    expect(await screen.findByRole('heading', { name: 'PENDING Seats held' })).toBeInTheDocument();
  });

  it('still offers to confirm a hold after the page is reloaded', async () => {
    signInAs(aCustomer());
    const held = aBooking({ status: 'PENDING', seats: [4], expiresAt: '2999-01-01T00:00:00Z' });
    remember(held);
    const { user } = await openShow({
      [`GET /bookings/${BOOKING_ID}`]: () => json(held),
      [`POST /bookings/${BOOKING_ID}/confirm`]: () => json({ ...held, status: 'CONFIRMED', expiresAt: null }),
    });

    expect(screen.getByRole('heading', { name: 'PENDING Seats held' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByRole('heading', { name: 'CONFIRMED Booking confirmed' })).toBeInTheDocument();
  });

  it('updates a remembered booking that changed in the meantime', async () => {
    signInAs(aCustomer());
    remember(aBooking({ status: 'CONFIRMED', seats: [4] }));
    await openShow({ [`GET /bookings/${BOOKING_ID}`]: () => json(aBooking({ status: 'CANCELLED', seats: [4] })) });

    expect(await screen.findByRole('heading', { name: 'CANCELLED Booking cancelled' })).toBeInTheDocument();
    // Remembered as it is now, so the next reload starts from there.
    const stored = JSON.parse(window.sessionStorage.getItem(BOOKINGS_STORAGE_KEY) ?? '{}') as Record<string, Booking>;
    expect(stored[SHOW_ID]?.status).toBe('CANCELLED');
  });

  it('does not show a booking another account made in this tab', async () => {
    signInAs(aCustomer());
    remember(aBooking({ status: 'CONFIRMED', seats: [4], owner: 'grace' }));
    const { api } = await openShow();

    expect(screen.queryByRole('heading', { name: /Booking confirmed/ })).not.toBeInTheDocument();
    expect(api.count('GET', `/bookings/${BOOKING_ID}`)).toBe(0);
  });

  it('fetches the seat map again when the user comes back to the tab', async () => {
    const show = liveShow(aShowDetail());
    const { api } = await openShow({ [`GET ${SHOW_PATH}`]: () => json(show.current()) });
    show.reserve([1]); // someone else booked while the user was away

    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });

    expect(await screen.findByRole('gridcell', { name: 'Seat 1, reserved' })).toBeInTheDocument();
    expect(api.count('GET', SHOW_PATH)).toBe(2);
  });

  it('says clearly when the show does not exist', async () => {
    fakeApi({ [`GET ${SHOW_PATH}`]: () => problem(404, 'not-found', 'Show not found', 'No show with this id.') });
    renderApp(`/booking/${SHOW_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Show not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no show with this id/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all shows' })).toHaveAttribute('href', '/');
  });

  it('rejects a malformed show id without asking the server', async () => {
    const api = fakeApi({});
    renderApp('/booking/not-a-uuid');

    expect(await screen.findByRole('heading', { level: 1, name: 'Show not found' })).toBeInTheDocument();
    expect(screen.getByText(/the show id in it is not valid/)).toBeInTheDocument();
    expect(api.calls.filter((call) => call.path.startsWith('/shows'))).toHaveLength(0);
  });

  it('explains when the server cannot be reached and retries on request', async () => {
    const down = serverDown();
    const { user } = renderApp(`/booking/${SHOW_ID}`);

    expect(await screen.findByRole('heading', { name: 'Could not load this show' })).toBeInTheDocument();
    expect(screen.getByText(/Could not reach the server/)).toBeInTheDocument();

    down.mockRestore();
    fakeApi({ [`GET ${SHOW_PATH}`]: () => json(aShowDetail()) });
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('grid', { name: 'Seats of Winter Concert' })).toBeInTheDocument();
  });

  it('handles a 2,000-seat show on a canvas map, by keyboard too', async () => {
    signInAs(aCustomer());
    const reservedSeats = Array.from({ length: 500 }, (_, index) => index * 4 + 1);
    fakeApi({ [`GET ${SHOW_PATH}`]: () => json(aShowDetail({ totalSeats: 2000, reservedSeats })), 'GET /shows': () => json([]) });
    const { user } = renderApp(`/booking/${SHOW_ID}`);
    const map = await screen.findByRole('application', { name: 'Seats of Winter Concert' });

    // No element per seat: the map is one control, and a live region names the focus seat.
    expect(document.querySelectorAll('[role="gridcell"]')).toHaveLength(0);
    map.focus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(await screen.findByText('Seat 2000, available')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(screen.getByText('Seat 1997, reserved')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByText('0 seats selected of at most 10 per customer for this show')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');

    expect(await screen.findByText('Seat 1999, selected')).toBeInTheDocument();
    expect(screen.getByText('1 seat selected of at most 10 per customer for this show')).toBeInTheDocument();
  });
});
