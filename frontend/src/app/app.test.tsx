import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aBooking, aShow, aShowDetail, SHOW_ID } from '@/testing/data';
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
    signInAs({ name: 'Ada', role: 'user' });
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

  it('keeps the admin page for admins: visitors are asked to sign in as one', async () => {
    fakeApi({ 'GET /shows': () => json([]) });
    const { user } = renderApp('/admin');

    const form = screen.getByRole('form', { name: 'Sign in as an admin to manage shows' });
    expect(within(form).getByRole('radio', { name: 'Admin' })).toBeChecked();
    expect(screen.queryByRole('form', { name: 'Create a show' })).not.toBeInTheDocument();

    await user.type(within(form).getByLabelText('Your name'), 'Root');
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('form', { name: 'Create a show' })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
  });

  it('tells signed-in users without the admin role that the page is not for them', () => {
    signInAs({ name: 'Ada', role: 'user' });
    fakeApi({});
    renderApp('/admin');

    expect(screen.getByText('Admins only')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Create a show' })).not.toBeInTheDocument();
    expect(within(nav()).queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('signs in from the header and out again', async () => {
    fakeApi({ 'GET /shows': () => json([]) });
    const { user } = renderApp('/');
    const toggle = screen.getByRole('button', { name: 'Sign in' });

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Your name')).toHaveFocus();
    await user.keyboard('Grace{Enter}');

    expect(screen.getByText(/Signed in as/)).toHaveTextContent('Signed in as Grace user');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('closes the header sign-in with Escape', async () => {
    fakeApi({ 'GET /shows': () => json([]) });
    const { user } = renderApp('/');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.keyboard('{Escape}');

    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveFocus();
  });

  it('names the browser tab after the page', async () => {
    fakeApi({ 'GET /shows': () => json([]) });
    const { router } = renderApp('/');
    expect(document.title).toBe('Shows · Seat booking');

    await act(() => router.navigate('/nowhere'));

    expect(document.title).toBe('Page not found · Seat booking');
  });
});
