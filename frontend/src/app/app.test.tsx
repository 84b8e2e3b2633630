import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aBooking, aCustomer, aShow, aShowDetail, SHOW_ID } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { renderApp, signInAs } from '@/testing/render';

function nav() {
  return screen.getByRole('navigation', { name: 'Main' });
}

describe('App', () => {
  it('has a not-found page for unknown addresses', async () => {
    fakeApi({});
    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all shows' })).toHaveAttribute('href', '/');
  });

  it('reuses the cached show list across navigation and refreshes it on demand', async () => {
    const api = fakeApi({ 'GET /shows': () => json([aShow()]), [`GET /shows/${SHOW_ID}`]: () => json(aShowDetail()) });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Winter Concert' });

    await user.click(screen.getByRole('link', { name: 'Choose seats for Winter Concert' }));
    await screen.findByRole('grid', { name: 'Seats of Winter Concert' });
    await user.click(within(nav()).getByRole('link', { name: 'Shows' }));

    expect(screen.getByRole('heading', { name: 'Winter Concert' })).toBeInTheDocument();
    expect(api.count('GET', '/shows')).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByRole('button', { name: 'Refresh' });
    expect(api.count('GET', '/shows')).toBe(2);
  });

  it('refreshes the cached list after a booking changes seats', async () => {
    signInAs(aCustomer());
    let available = 8;
    const api = fakeApi({
      'GET /shows': () => json([aShow({ availableCount: available })]),
      [`GET /shows/${SHOW_ID}`]: () => json(aShowDetail()),
      [`POST /shows/${SHOW_ID}/bookings`]: () => {
        available = 7;
        return json(aBooking({ seats: [1] }), 201);
      },
    });
    const { user } = renderApp('/');
    expect(await screen.findByText('8 seats available of 10')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Choose seats for Winter Concert' }));
    await user.click(await screen.findByRole('gridcell', { name: 'Seat 1, available' }));
    await user.click(screen.getByRole('button', { name: 'Book now' }));
    await screen.findByRole('heading', { name: 'CONFIRMED Booking confirmed' });
    await user.click(within(nav()).getByRole('link', { name: 'Shows' }));

    expect(await screen.findByText('7 seats available of 10')).toBeInTheDocument();
    expect(api.count('GET', '/shows')).toBe(2);
  });

  it('names the browser tab after the page', async () => {
    fakeApi({ 'GET /shows': () => json([]) });
    const { router } = renderApp('/');
    expect(document.title).toBe('Shows · Seat booking');

    await act(() => router.navigate('/nowhere'));

    expect(document.title).toBe('Page not found · Seat booking');
  });
});
