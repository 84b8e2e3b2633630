import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyBooking } from '@/api/types';
import { aCustomer, aMyBooking, BOOKING_ID, SHOW_ID } from '@/testing/data';
import { fakeApi, json, notSignedIn, problem } from '@/testing/fake-api';
import { renderApp, signInAs } from '@/testing/render';

const OTHER_ID = '1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d';

function card(name: RegExp | string = 'Winter Concert') {
  return screen.getByRole('article', { name });
}

async function openMyBookings(routes: Parameters<typeof fakeApi>[0]) {
  signInAs(aCustomer());
  const api = fakeApi({ 'GET /shows': () => json([]), ...routes });
  const view = renderApp('/my-bookings');
  await screen.findByRole('heading', { level: 1, name: 'My bookings' });
  return { api, ...view };
}

/** The server's list, where each change made through the API shows. */
function serverBookings(initial: MyBooking[]) {
  const bookings = new Map(initial.map((booking) => [booking.id, booking]));
  return {
    list: () => json([...bookings.values()]),
    change(id: string, changes: Partial<MyBooking>) {
      const next = { ...(bookings.get(id) as MyBooking), ...changes };
      bookings.set(id, next);
      return json(next);
    },
  };
}

describe('MyBookingsPage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the bookings with show, time, seats and status; a hold with its countdown', async () => {
    const expiresAt = new Date(Date.now() + 90_000).toISOString();
    await openMyBookings({
      'GET /me/bookings': () =>
        json([
          aMyBooking({ status: 'PENDING', seats: [3, 4], expiresAt }),
          aMyBooking({
            id: OTHER_ID,
            status: 'CONFIRMED',
            seats: [9],
            show: { id: SHOW_ID, name: 'Night Bus', startTime: '2099-06-01T22:15:00Z', status: 'SCHEDULED' },
          }),
        ]),
    });

    const list = await screen.findByRole('list', { name: 'Your bookings' });
    const [held, confirmed] = within(list).getAllByRole('article');
    expect(held).toHaveAccessibleName('Winter Concert');
    expect(held).toHaveTextContent('PENDING Seats held');
    expect(held).toHaveTextContent('Seats3 and 4');
    expect(held).toHaveTextContent('AttendeeAda Lovelace');
    expect(within(held as HTMLElement).getByRole('timer')).toHaveTextContent(/^1:(2\d|30)$/);
    expect(within(held as HTMLElement).getByRole('button', { name: 'Confirm booking for Winter Concert, seats 3 and 4' })).toBeEnabled();
    expect(within(held as HTMLElement).getByRole('button', { name: 'Cancel hold for Winter Concert, seats 3 and 4' })).toBeEnabled();
    expect(confirmed).toHaveAccessibleName('Night Bus');
    expect(confirmed).toHaveTextContent('CONFIRMED Booking confirmed');
    expect(confirmed).toHaveTextContent('2099');
    expect(within(confirmed as HTMLElement).queryByRole('button', { name: /Confirm booking/ })).not.toBeInTheDocument();
    expect(within(confirmed as HTMLElement).getByRole('link', { name: 'Details of the booking for Night Bus, seat 9' })).toHaveAttribute(
      'href',
      `/my-bookings/${OTHER_ID}`,
    );
  });

  it('gives a hold more time from the list, until no more is allowed', async () => {
    const expiresAt = new Date(Date.now() + 90_000).toISOString();
    const later = new Date(Date.now() + 210_000).toISOString();
    const server = serverBookings([aMyBooking({ status: 'PENDING', seats: [3], expiresAt, extensionsLeft: 1 })]);
    const { api, user } = await openMyBookings({
      'GET /me/bookings': () => server.list(),
      [`POST /bookings/${BOOKING_ID}/extend`]: () => server.change(BOOKING_ID, { expiresAt: later, extensionsLeft: 0 }),
    });
    const held = await screen.findByRole('article', { name: 'Winter Concert' });
    expect(within(held).getByRole('timer')).toHaveTextContent(/^1:(2\d|30)$/);

    await user.click(within(held).getByRole('button', { name: 'More time for Winter Concert, seat 3' }));

    expect(await within(held).findByRole('timer')).toHaveTextContent(/^3:(2\d|30)$/);
    expect(api.count('POST', `/bookings/${BOOKING_ID}/extend`)).toBe(1);
    expect(within(held).queryByRole('button', { name: /More time/ })).not.toBeInTheDocument();
    expect(held).toHaveTextContent('More time is not available: this hold has been extended as often as allowed.');
  });

  it('says when a booking was cancelled because its show was, and offers nothing to do with it', async () => {
    await openMyBookings({
      'GET /me/bookings': () =>
        json([
          aMyBooking({
            status: 'CANCELLED',
            history: [
              { status: 'CONFIRMED', reason: 'SEATS_BOOKED', at: '2099-01-01T10:00:00Z' },
              { status: 'CANCELLED', reason: 'SHOW_CANCELLED', at: '2099-01-02T10:00:00Z' },
            ],
          }),
        ]),
    });

    const cancelled = await screen.findByRole('article', { name: 'Winter Concert' });
    expect(cancelled).toHaveTextContent('CANCELLED Show cancelled');
    expect(cancelled).toHaveTextContent('The show was cancelled, so this booking was cancelled and its seats released.');
    expect(within(cancelled).queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
  });

  it('has an empty state that leads to the shows', async () => {
    await openMyBookings({ 'GET /me/bookings': () => json([]) });

    expect(await screen.findByRole('heading', { name: 'No bookings yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find a show' })).toHaveAttribute('href', '/');
  });

  it('loads more with the cursor of the Link header, announces them and moves focus to the first new one', async () => {
    const { api, user } = await openMyBookings({
      'GET /me/bookings': (_params, _body, request) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2'
          ? json([aMyBooking({ id: OTHER_ID, seats: [1], show: { id: SHOW_ID, name: 'Older Show', startTime: '2099-01-01T00:00:00Z', status: 'SCHEDULED' } })])
          : json([aMyBooking()], 200, { Link: '</me/bookings?limit=20&cursor=page-2>; rel="next"' }),
    });
    await screen.findByRole('article', { name: 'Winter Concert' });

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('article', { name: 'Older Show' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('1 more booking loaded.')).toBeInTheDocument();
    expect(api.calls.filter((call) => call.path === '/me/bookings').map((call) => call.query.toString())).toEqual([
      'limit=20',
      'limit=20&cursor=page-2',
    ]);
  });

  it('confirms a hold without asking and shows it confirmed', async () => {
    const server = serverBookings([aMyBooking({ status: 'PENDING', seats: [3], expiresAt: '2999-01-01T00:00:00Z' })]);
    const { api, user } = await openMyBookings({
      'GET /me/bookings': server.list,
      [`POST /bookings/${BOOKING_ID}/confirm`]: () => server.change(BOOKING_ID, { status: 'CONFIRMED', expiresAt: null }),
    });
    await screen.findByRole('article', { name: 'Winter Concert' });

    await user.click(within(card()).getByRole('button', { name: /^Confirm booking/ }));

    expect(await within(card()).findByText('Booking confirmed')).toBeInTheDocument();
    expect(card()).toHaveFocus();
    expect(screen.getByText('Booking confirmed: Winter Concert, seat 3.')).toBeInTheDocument();
    expect(within(card()).getByRole('button', { name: /^Cancel booking/ })).toBeInTheDocument();
    expect(api.count('POST', `/bookings/${BOOKING_ID}/confirm`)).toBe(1);
  });

  it('asks before cancelling a booking; backing out changes nothing and returns focus', async () => {
    const { api, user } = await openMyBookings({ 'GET /me/bookings': () => json([aMyBooking({ seats: [5, 6] })]) });
    await screen.findByRole('article', { name: 'Winter Concert' });
    const trigger = within(card()).getByRole('button', { name: /^Cancel booking/ });

    await user.click(trigger);

    const dialog = screen.getByRole('alertdialog', { name: 'Cancel this booking?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/Seats 5 and 6 for Winter Concert will be released/);
    expect(within(dialog).getByRole('button', { name: 'Keep booking' })).toHaveFocus();
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Keep booking' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.count('POST', `/bookings/${BOOKING_ID}/cancel`)).toBe(0);
  });

  it('cancels a booking once confirmed in the dialog, and updates the list', async () => {
    const server = serverBookings([aMyBooking({ seats: [5, 6] })]);
    const { api, user } = await openMyBookings({
      'GET /me/bookings': server.list,
      [`POST /bookings/${BOOKING_ID}/cancel`]: () => server.change(BOOKING_ID, { status: 'CANCELLED' }),
    });
    await screen.findByRole('article', { name: 'Winter Concert' });

    await user.click(within(card()).getByRole('button', { name: /^Cancel booking/ }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel booking' }));

    expect(await within(card()).findByText('Booking cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(card()).queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();
    expect(card()).toHaveFocus();
    expect(screen.getByText('Booking cancelled: Winter Concert, seats 5 and 6.')).toBeInTheDocument();
    expect(api.count('POST', `/bookings/${BOOKING_ID}/cancel`)).toBe(1);
  });

  it('asks before cancelling a hold too', async () => {
    const server = serverBookings([aMyBooking({ status: 'PENDING', seats: [2], expiresAt: '2999-01-01T00:00:00Z' })]);
    const { user } = await openMyBookings({
      'GET /me/bookings': server.list,
      [`POST /bookings/${BOOKING_ID}/cancel`]: () => server.change(BOOKING_ID, { status: 'CANCELLED', expiresAt: null }),
    });
    await screen.findByRole('article', { name: 'Winter Concert' });

    await user.click(within(card()).getByRole('button', { name: /^Cancel hold/ }));
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel this hold?' });
    expect(within(dialog).getByRole('button', { name: 'Keep hold' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel hold' }));

    expect(await within(card()).findByText('Booking cancelled')).toBeInTheDocument();
    expect(screen.getByText('Hold cancelled: Winter Concert, seat 2.')).toBeInTheDocument();
  });

  it('shows why a confirm failed and what the booking is now', async () => {
    const server = serverBookings([aMyBooking({ status: 'PENDING', seats: [3], expiresAt: '2999-01-01T00:00:00Z' })]);
    const { user } = await openMyBookings({
      'GET /me/bookings': server.list,
      [`POST /bookings/${BOOKING_ID}/confirm`]: () => {
        server.change(BOOKING_ID, { status: 'FAILED', failureReason: 'HOLD_EXPIRED', expiresAt: null });
        return problem(409, 'hold-expired', 'Hold expired', 'The hold expired before it was confirmed.');
      },
    });
    await screen.findByRole('article', { name: 'Winter Concert' });

    await user.click(within(card()).getByRole('button', { name: /^Confirm booking/ }));

    expect(await within(card()).findByRole('alert')).toHaveTextContent('The hold expired before it was confirmed.');
    expect(await within(card()).findByText('FAILED')).toBeInTheDocument();
    expect(card()).toHaveTextContent('Hold expired');
  });

  it('asks the server again when a hold runs out on screen', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const server = serverBookings([aMyBooking({ status: 'PENDING', seats: [3], expiresAt: new Date(Date.now() + 2_000).toISOString() })]);
    const { api } = await openMyBookings({ 'GET /me/bookings': server.list });
    await screen.findByRole('article', { name: 'Winter Concert' });
    server.change(BOOKING_ID, { status: 'FAILED', failureReason: 'HOLD_EXPIRED', expiresAt: null });

    await act(() => vi.advanceTimersByTimeAsync(3_000));

    expect(await within(card()).findByText('Hold expired')).toBeInTheDocument();
    expect(api.count('GET', '/me/bookings')).toBe(2);
  });

  it('sends the person to sign in when the session has ended', async () => {
    const { router } = await openMyBookings({ 'GET /me/bookings': () => notSignedIn() });

    expect(await screen.findByText('Your session has ended')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/my-bookings')}`);
  });
});
