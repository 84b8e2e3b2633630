import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, notSignedIn, problem } from '@/testing/fake-api';
import { apiClient } from './client';
import { onSessionEnded } from './session-events';

const BOOKING = '/bookings/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('apiClient', () => {
  const stop: (() => void)[] = [];
  afterEach(() => stop.splice(0).forEach((unsubscribe) => unsubscribe()));

  it('sends the sb_csrf cookie’s value with every write, and with no read', async () => {
    document.cookie = 'sb_csrf=token-123; Path=/';
    const api = fakeApi({ 'POST /auth/logout': () => new Response(null, { status: 204 }), 'GET /shows': () => json([]) });

    await apiClient.POST('/auth/logout');
    await apiClient.GET('/shows');

    expect(api.lastCall('POST', '/auth/logout')?.headers.get('X-CSRF-Token')).toBe('token-123');
    expect(api.lastCall('GET', '/shows')?.headers.has('X-CSRF-Token')).toBe(false);
  });

  it('sends no CSRF header without the cookie', async () => {
    const api = fakeApi({ 'POST /auth/logout': () => new Response(null, { status: 204 }) });

    await apiClient.POST('/auth/logout');

    expect(api.lastCall('POST', '/auth/logout')?.headers.has('X-CSRF-Token')).toBe(false);
  });

  it('reports a lost session when a call that needs one answers 401', async () => {
    const ended = vi.fn();
    stop.push(onSessionEnded(ended));
    fakeApi({ [`GET ${BOOKING}`]: () => notSignedIn() });

    await apiClient.GET('/bookings/{bookingId}', { params: { path: { bookingId: BOOKING.split('/')[2] ?? '' } } });

    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('takes a 401 from GET /me or from signing in as an answer, not a lost session', async () => {
    const ended = vi.fn();
    stop.push(onSessionEnded(ended));
    fakeApi({
      'POST /auth/login': () => problem(401, 'invalid-credentials', 'Invalid credentials', 'Wrong username or password.'),
    });

    await apiClient.GET('/me');
    await apiClient.POST('/auth/login', { body: { username: 'ada', password: 'wrong password' } });

    expect(ended).not.toHaveBeenCalled();
  });
});
