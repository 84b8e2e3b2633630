import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCustomer } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { appHeader, renderApp, signInAs } from '@/testing/render';

function loginAnswer(user = aCustomer()) {
  return json({ token: 'header.payload.signature', expiresAt: '2099-01-01T12:00:00Z', user });
}

function field(name: string) {
  return screen.getByLabelText(name);
}

async function openSignIn(path = '/sign-in', routes: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({ 'GET /shows': () => json([]), ...routes });
  const view = renderApp(path);
  await screen.findByRole('form', { name: 'Sign in' });
  return { api, ...view };
}

describe('SignInPage', () => {
  it('is a labelled form that password managers understand', async () => {
    await openSignIn();

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(field('Username')).toHaveAttribute('autocomplete', 'username');
    expect(field('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(field('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/register');
  });

  it('asks for both fields before sending anything', async () => {
    const { api, user } = await openSignIn();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(field('Username')).toHaveAccessibleDescription('Enter your username.');
    expect(field('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Username')).toHaveFocus();
    expect(field('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(api.count('POST', '/auth/login')).toBe(0);
  });

  it('signs in, shows who in the header and goes back to where the person was going', async () => {
    const { api, user, router } = await openSignIn(`/sign-in?next=${encodeURIComponent('/my-bookings')}`, {
      'POST /auth/login': () => loginAnswer(),
      'GET /me/bookings': () => json([]),
    });

    await user.type(field('Username'), 'ada');
    await user.type(field('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My bookings' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/my-bookings');
    expect(api.lastBody('POST', '/auth/login')).toEqual({ username: 'ada', password: 'correct horse battery' });
    expect(appHeader()).toHaveTextContent('Signed in as Ada Lovelace');
    // The session is the server's cookie: the app keeps neither the password nor the token.
    const stored = JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage });
    expect(stored).not.toContain('correct horse battery');
    expect(stored).not.toContain('header.payload.signature');
  });

  it('says so when username or password is wrong, and clears the password', async () => {
    const { user, router } = await openSignIn('/sign-in', {
      'POST /auth/login': () => problem(401, 'invalid-credentials', 'Invalid credentials', 'Wrong username or password.'),
    });

    await user.type(field('Username'), 'ada');
    await user.type(field('Password'), 'not my password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password');
    expect(field('Password')).toHaveValue('');
    expect(field('Password')).toHaveFocus();
    expect(field('Username')).toHaveValue('ada');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(within(appHeader()).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('shows the server’s violations beside their fields', async () => {
    const { user } = await openSignIn('/sign-in', {
      'POST /auth/login': () =>
        problem(400, 'validation', 'Invalid request', 'username: size must be between 3 and 64', [
          { field: 'logIn.request.username', message: 'size must be between 3 and 64' },
        ]),
    });

    await user.type(field('Username'), 'x'.repeat(70));
    await user.type(field('Password'), 'whatever it is');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid request');
    expect(field('Username')).toHaveAccessibleDescription('size must be between 3 and 64');
    expect(field('Username')).toHaveFocus();
  });

  it('is busy while the server checks', async () => {
    let answer: (response: Response) => void = () => undefined;
    const { user } = await openSignIn('/sign-in', {
      'POST /auth/login': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    await user.type(field('Username'), 'ada');
    await user.type(field('Password'), 'correct horse battery');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const busy = screen.getByRole('button', { name: 'Signing in…' });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute('aria-busy', 'true');
    answer(loginAnswer());
    expect(await screen.findByRole('heading', { level: 1, name: 'Shows' })).toBeInTheDocument();
  });

  it('never sends anyone to another site afterwards', async () => {
    const { user, router } = await openSignIn(`/sign-in?next=${encodeURIComponent('//elsewhere.example/x')}`, {
      'POST /auth/login': () => loginAnswer(),
    });

    await user.type(field('Username'), 'ada');
    await user.type(field('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Shows' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('sends someone who is already signed in straight on', async () => {
    signInAs(aCustomer());
    fakeApi({ 'GET /me/bookings': () => json([]) });
    const { router } = renderApp(`/sign-in?next=${encodeURIComponent('/my-bookings')}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'My bookings' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/my-bookings');
  });
});
