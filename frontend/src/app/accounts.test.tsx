import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BOOKINGS_STORAGE_KEY } from '@/lib/current-bookings';
import { aBooking, aCustomer, anAdmin, aShow } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { appHeader, renderApp, signInAs } from '@/testing/render';

function nav() {
  return screen.getByRole('navigation', { name: 'Main' });
}

function field(name: string) {
  return screen.getByLabelText(name);
}

describe('the header', () => {
  it('offers visitors to sign in or register, coming back to the page they are on', async () => {
    fakeApi({ 'GET /shows': () => json([]) });
    renderApp('/');

    const signIn = await within(appHeader()).findByRole('link', { name: 'Sign in' });
    expect(signIn).toHaveAttribute('href', '/sign-in');
    expect(within(appHeader()).getByRole('link', { name: 'Register' })).toHaveAttribute('href', '/register');
    expect(within(nav()).queryByRole('link', { name: 'My bookings' })).not.toBeInTheDocument();
  });

  it('names the signed-in customer and links to their bookings', async () => {
    signInAs(aCustomer());
    fakeApi({ 'GET /shows': () => json([]) });
    renderApp('/');

    expect(await within(nav()).findByRole('link', { name: 'My bookings' })).toHaveAttribute('href', '/my-bookings');
    expect(appHeader()).toHaveTextContent('Signed in as Ada Lovelace');
    expect(within(appHeader()).queryByText('Admin', { selector: '.badge' })).not.toBeInTheDocument();
    expect(within(nav()).queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('marks admins and links to the admin page', async () => {
    signInAs(anAdmin());
    fakeApi({ 'GET /shows': () => json([]) });
    renderApp('/');

    expect(await within(nav()).findByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
    expect(appHeader()).toHaveTextContent('Signed in as Root AdminAdmin');
  });

  it('signs out on the server, forgets the session’s data and goes to the shows', async () => {
    signInAs(aCustomer());
    document.cookie = 'sb_csrf=csrf-value; Path=/';
    window.sessionStorage.setItem(BOOKINGS_STORAGE_KEY, JSON.stringify({ [aBooking().showId]: aBooking() }));
    const api = fakeApi({
      'GET /shows': () => json([aShow()]),
      'GET /me/bookings': () => json([]),
      'POST /auth/logout': () => {
        signInAs(null as never);
        return new Response(null, { status: 204 });
      },
    });
    const { user, router } = renderApp('/my-bookings');
    await screen.findByRole('heading', { level: 1, name: 'My bookings' });

    await user.click(within(appHeader()).getByRole('button', { name: 'Sign out' }));

    expect(await within(appHeader()).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(api.lastCall('POST', '/auth/logout')?.headers.get('X-CSRF-Token')).toBe('csrf-value');
    expect(await screen.findByRole('heading', { name: 'Winter Concert' })).toBeInTheDocument();
    expect(within(nav()).queryByRole('link', { name: 'My bookings' })).not.toBeInTheDocument();
    expect(appHeader()).toHaveTextContent('You are signed out.');
    expect(JSON.parse(window.sessionStorage.getItem(BOOKINGS_STORAGE_KEY) ?? '{}')).toEqual({});
  });
});

describe('the admin page', () => {
  it('sends visitors to sign in, and back to it once signed in as an admin', async () => {
    const api = fakeApi({
      'GET /shows': () => json([]),
      'POST /auth/login': () => json({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: anAdmin() }),
    });
    const { user, router } = renderApp('/admin');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/admin')}`);
    expect(screen.getByText('Sign in to continue')).toBeInTheDocument();

    await user.type(field('Username'), 'root');
    await user.type(field('Password'), 'the admin password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('form', { name: 'Create a show' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin');
    expect(api.count('POST', '/shows')).toBe(0);
  });

  it('tells customers it is for admins only', async () => {
    signInAs(aCustomer());
    const api = fakeApi({ 'GET /shows': () => json([]) });
    renderApp('/admin');

    expect(await screen.findByRole('heading', { level: 1, name: 'Admins only' })).toBeInTheDocument();
    expect(screen.getByText(/You are signed in as Ada Lovelace \(ada\), a customer account/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Create a show' })).not.toBeInTheDocument();
    expect(api.count('GET', '/shows')).toBe(0);
  });

  it('is the admin’s', async () => {
    signInAs(anAdmin());
    fakeApi({ 'GET /shows': () => json([]) });
    renderApp('/admin');

    expect(await screen.findByRole('form', { name: 'Create a show' })).toBeInTheDocument();
  });
});

describe('My bookings', () => {
  it('sends visitors to sign in first', async () => {
    fakeApi({ 'GET /shows': () => json([]) });
    const { router } = renderApp('/my-bookings');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/my-bookings')}`);
  });
});

describe('focus after navigation', () => {
  it('moves to the new page’s heading', async () => {
    fakeApi({ 'GET /shows': () => json([]) });
    const { user } = renderApp('/');
    await user.click(await within(appHeader()).findByRole('link', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toHaveFocus();
  });
});
