import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCustomer, SHOW_ID, aShowDetail } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { appHeader, renderApp } from '@/testing/render';

const NEW_ACCOUNT = aCustomer({ username: 'grace', displayName: 'Grace Hopper' });

function field(name: string) {
  return screen.getByLabelText(name);
}

async function openRegister(path = '/register', routes: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({ 'GET /shows': () => json([]), ...routes });
  const view = renderApp(path);
  await screen.findByRole('form', { name: 'Create an account' });
  return { api, ...view };
}

async function fillIn(user: Awaited<ReturnType<typeof openRegister>>['user'], values: { displayName: string; username: string; password: string }) {
  if (values.displayName) await user.type(field('Your name'), values.displayName);
  if (values.username) await user.type(field('Username'), values.username);
  if (values.password) await user.type(field('Password'), values.password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('RegisterPage', () => {
  it('has labelled fields with hints and the autocomplete password managers expect', async () => {
    await openRegister();

    expect(field('Your name')).toHaveAttribute('autocomplete', 'name');
    expect(field('Username')).toHaveAttribute('autocomplete', 'username');
    expect(field('Password')).toHaveAttribute('autocomplete', 'new-password');
    expect(field('Password')).toHaveAccessibleDescription(expect.stringContaining('At least 10 characters, at most 72 bytes.'));
    expect(field('Username')).toHaveAccessibleDescription(expect.stringContaining('3 to 64 letters, digits'));
  });

  it('checks every field as the server will before sending', async () => {
    const { api, user } = await openRegister();

    await fillIn(user, { displayName: '   ', username: 'a b', password: 'short' });

    expect(field('Your name')).toHaveAccessibleDescription(expect.stringContaining('Enter the name to show on your bookings.'));
    expect(field('Your name')).toHaveFocus();
    expect(field('Username')).toHaveAccessibleDescription(expect.stringContaining('Use only letters, digits'));
    expect(field('Password')).toHaveAccessibleDescription(expect.stringContaining('Use at least 10 characters (now 5).'));
    expect(api.count('POST', '/auth/register')).toBe(0);
  });

  it('refuses a password bcrypt would cut short', async () => {
    const { api, user } = await openRegister();

    await user.type(field('Your name'), 'Grace');
    await user.type(field('Username'), 'grace');
    await user.click(field('Password'));
    await user.paste('ü'.repeat(40));
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(field('Password')).toHaveAccessibleDescription(expect.stringContaining('Use a shorter password: at most 72 bytes'));
    expect(field('Password')).toHaveFocus();
    expect(api.count('POST', '/auth/register')).toBe(0);
  });

  it('creates the account, signs in with it and returns to the show', async () => {
    const { api, user, router } = await openRegister(`/register?next=${encodeURIComponent(`/booking/${SHOW_ID}`)}`, {
      'POST /auth/register': () => json(NEW_ACCOUNT, 201, { Location: '/me' }),
      'POST /auth/login': () => json({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: NEW_ACCOUNT }),
      [`GET /shows/${SHOW_ID}`]: () => json(aShowDetail()),
    });

    await fillIn(user, { displayName: '  Grace Hopper ', username: 'grace', password: 'cobol rules 1959' });

    expect(await screen.findByRole('grid', { name: 'Seats of Winter Concert' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/booking/${SHOW_ID}`);
    expect(api.lastBody('POST', '/auth/register')).toEqual({ displayName: 'Grace Hopper', username: 'grace', password: 'cobol rules 1959' });
    expect(api.lastBody('POST', '/auth/login')).toEqual({ username: 'grace', password: 'cobol rules 1959' });
    expect(appHeader()).toHaveTextContent('Signed in as Grace Hopper');
    expect(screen.getByRole('button', { name: 'Book now' })).toBeInTheDocument();
  });

  it('says beside the field when the username is taken', async () => {
    const { user } = await openRegister('/register', {
      'POST /auth/register': () => problem(409, 'username-taken', 'Username taken', 'This username is taken.'),
    });

    await fillIn(user, { displayName: 'Grace', username: 'Ada', password: 'cobol rules 1959' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Username taken');
    expect(field('Username')).toHaveAccessibleDescription(expect.stringContaining('This username is taken. Choose another one.'));
    expect(field('Username')).toHaveFocus();
    expect(field('Username')).toHaveValue('Ada');
  });

  it('puts the server’s violations beside their fields', async () => {
    const { user } = await openRegister('/register', {
      'POST /auth/register': () =>
        problem(400, 'validation', 'Invalid request', 'displayName: must not contain control characters', [
          { field: 'register.request.displayName', message: 'must not contain control characters' },
          { field: 'body', message: 'something else' },
        ]),
    });

    await fillIn(user, { displayName: 'Grace', username: 'grace', password: 'cobol rules 1959' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Invalid request');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('something else');
    expect(field('Your name')).toHaveAccessibleDescription(expect.stringContaining('must not contain control characters'));
    expect(field('Your name')).toHaveFocus();
  });

  it('sends the new customer to sign in when signing in right after fails', async () => {
    const { user, router } = await openRegister('/register', {
      'POST /auth/register': () => json(NEW_ACCOUNT, 201),
      'POST /auth/login': () => problem(503, 'unavailable', 'Service unavailable', 'Try again shortly.'),
    });

    await fillIn(user, { displayName: 'Grace Hopper', username: 'grace', password: 'cobol rules 1959' });

    expect(await screen.findByText('Your account is ready')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(field('Username')).toHaveValue('grace');
  });
});
