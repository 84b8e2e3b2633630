import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aBooking, aCustomer, aShowDetail, BOOKING_ID, SHOW_ID } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderApp, signInAs } from '@/testing/render';

describe('BookingDetailPage', () => {
  it('shows one of the person’s bookings with its show and history', async () => {
    signInAs(aCustomer());
    fakeApi({
      [`GET /bookings/${BOOKING_ID}`]: () =>
        json(
          aBooking({
            status: 'CANCELLED',
            seats: [5],
            history: [
              { status: 'PENDING', reason: 'SEATS_HELD', at: '2099-01-01T10:00:00Z' },
              { status: 'CANCELLED', reason: 'CANCELLED_BY_USER', at: '2099-01-01T10:01:00Z' },
            ],
          }),
        ),
      [`GET /shows/${SHOW_ID}`]: () => json(aShowDetail()),
    });
    renderApp(`/my-bookings/${BOOKING_ID}`);

    const booking = await screen.findByRole('article', { name: 'Winter Concert' });
    expect(booking).toHaveTextContent('CANCELLED Booking cancelled');
    const history = within(within(booking).getByRole('region', { name: 'History' })).getAllByRole('listitem');
    expect(history.map((entry) => entry.textContent)).toEqual([expect.stringMatching(/: Held$/), expect.stringMatching(/: Cancelled$/)]);
    expect(screen.getByRole('link', { name: 'All my bookings' })).toHaveAttribute('href', '/my-bookings');
  });

  it('says the booking was not found when it is someone else’s (the server answers 404)', async () => {
    signInAs(aCustomer({ username: 'grace', displayName: 'Grace' }));
    fakeApi({ [`GET /bookings/${BOOKING_ID}`]: () => problem(404, 'booking-not-found', 'Booking not found', 'No booking with this id.') });
    renderApp(`/my-bookings/${BOOKING_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Booking not found' })).toBeInTheDocument();
    expect(screen.getByText(/None of your bookings has this id/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See my bookings' })).toHaveAttribute('href', '/my-bookings');
  });

  it('does not ask the server about a malformed id', async () => {
    signInAs(aCustomer());
    const api = fakeApi({});
    renderApp('/my-bookings/not-an-id');

    expect(await screen.findByRole('heading', { level: 1, name: 'Booking not found' })).toBeInTheDocument();
    expect(api.calls.filter((call) => call.path.startsWith('/bookings'))).toHaveLength(0);
  });
});
