import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { aBooking, SHOW_ID } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { isUuid } from '@/lib/uuid';
import { createIdempotencyMiddleware, IDEMPOTENCY_KEY_HEADER } from './idempotency';
import type { paths } from './schema';

const BOOKINGS = `/shows/${SHOW_ID}/bookings`;

/** A client like the app's, with the middleware under test and a clock that only records the waits. */
function client(attempts = 4) {
  const waits: number[] = [];
  const { middleware, forgetUnsettled } = createIdempotencyMiddleware({
    attempts,
    backoffMs: (retry) => retry * 100,
    maxRetryAfterMs: 5000,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  const api = createClient<paths>({ baseUrl: 'http://localhost', fetch: (request) => globalThis.fetch(request) });
  api.use(middleware);
  const book = (seats: number[]) =>
    // The schema has no required list since best available joined (every field reads as required).
    api.POST('/shows/{showId}/bookings', { params: { path: { showId: SHOW_ID } }, body: { seats, hold: false } as never });
  return { api, book, waits, forgetUnsettled };
}

function noAnswer(): never {
  throw new TypeError('fetch failed');
}

/** Answers the requests in turn with these handlers; the last one answers the rest. */
function inTurn(...handlers: (() => Response)[]) {
  let call = 0;
  return () => {
    const handler = handlers[Math.min(call, handlers.length - 1)];
    call += 1;
    return (handler ?? noAnswer)();
  };
}

function keysSent(api: ReturnType<typeof fakeApi>, method: string, path: string): (string | null)[] {
  return api.calls.filter((call) => call.method === method && call.path === path).map((call) => call.headers.get(IDEMPOTENCY_KEY_HEADER));
}

describe('idempotency middleware', () => {
  it('sends a fresh key with every write, and none with reads or signing in and out', async () => {
    const { api, book } = client();
    const server = fakeApi({
      [`POST ${BOOKINGS}`]: () => json(aBooking(), 201),
      'GET /shows': () => json([]),
      'POST /auth/login': () => json({}),
      'POST /auth/logout': () => new Response(null, { status: 204 }),
    });

    await book([1]);
    await book([1]);
    await api.GET('/shows');
    await api.POST('/auth/login', { body: { username: 'ada', password: 'correct horse battery' } });
    await api.POST('/auth/logout');

    const [first, second] = keysSent(server, 'POST', BOOKINGS);
    expect(isUuid(first ?? '')).toBe(true);
    expect(isUuid(second ?? '')).toBe(true);
    // Two answered bookings are two intentions, even with the same seats.
    expect(second).not.toBe(first);
    expect(keysSent(server, 'GET', '/shows')).toEqual([null]);
    expect(keysSent(server, 'POST', '/auth/login')).toEqual([null]);
    expect(keysSent(server, 'POST', '/auth/logout')).toEqual([null]);
  });

  it('sends the same request again with the same key when no answer came, and returns the replayed booking', async () => {
    const { book, waits } = client();
    const booking = aBooking({ seats: [4, 5] });
    const server = fakeApi({
      [`POST ${BOOKINGS}`]: inTurn(noAnswer, noAnswer, () => json(booking, 201, { 'Idempotent-Replayed': 'true' })),
    });

    const { data, response } = await book([4, 5]);

    expect(data).toEqual(booking);
    expect(response.headers.get('Idempotent-Replayed')).toBe('true');
    const keys = keysSent(server, 'POST', BOOKINGS);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(server.calls.map((call) => call.body)).toEqual(new Array(3).fill({ seats: [4, 5], hold: false }));
    expect(waits).toEqual([100, 200]);
  });

  it('waits as long as Retry-After says while the first request with the key is still running', async () => {
    const { book, waits } = client();
    const server = fakeApi({
      [`POST ${BOOKINGS}`]: inTurn(
        () => {
          const response = problem(409, 'idempotency-key-in-use', 'Request in progress', 'A request with this key is running.');
          response.headers.set('Retry-After', '1');
          return response;
        },
        () => json(aBooking(), 201, { 'Idempotent-Replayed': 'true' }),
      ),
    });

    const { data } = await book([5, 6]);

    expect(data?.status).toBe('CONFIRMED');
    expect(waits).toEqual([1000]);
    const [first, second] = keysSent(server, 'POST', BOOKINGS);
    expect(second).toBe(first);
  });

  it('sends the request again after a gateway error, but never after an answer from the application', async () => {
    const { book } = client();
    const failed = aBooking({ status: 'FAILED', failureReason: 'SEATS_UNAVAILABLE', conflictingSeats: [5] });
    const server = fakeApi({
      [`POST ${BOOKINGS}`]: inTurn(
        () => new Response('Bad gateway', { status: 502 }),
        () => json(failed, 409),
      ),
    });

    const { error, response } = await book([5]);

    expect(response.status).toBe(409);
    expect(error).toEqual(failed);
    expect(server.count('POST', BOOKINGS)).toBe(2);
  });

  it('gives up after a few tries; the person repeating the same write sends the same key, a changed one a new key', async () => {
    const { book, waits } = client(3);
    const server = fakeApi({ [`POST ${BOOKINGS}`]: inTurn(noAnswer, noAnswer, noAnswer, () => json(aBooking(), 201)) });

    await expect(book([7])).rejects.toThrow(TypeError);
    expect(server.count('POST', BOOKINGS)).toBe(3);
    expect(waits).toEqual([100, 200]);

    // "Could not reach the server"; the person presses the button again: the same intention.
    const { data } = await book([7]);
    expect(data?.status).toBe('CONFIRMED');
    // Answered: the same seats again later are a new intention, and so are other seats.
    await book([7]);
    await book([8]);

    const keys = keysSent(server, 'POST', BOOKINGS);
    expect(new Set(keys.slice(0, 4)).size).toBe(1);
    expect(keys[4]).not.toBe(keys[0]);
    expect(keys[5]).not.toBe(keys[4]);
  });

  it('keeps a key the caller chose', async () => {
    const { api } = client();
    const server = fakeApi({ [`POST /bookings/:id/cancel`]: () => json(aBooking({ status: 'CANCELLED' })) });
    const key = '0b7f3c2e-8d1a-4e5b-9c6d-7e8f9a0b1c2d';

    await api.POST('/bookings/{bookingId}/cancel', {
      params: { path: { bookingId: aBooking().id } },
      headers: { [IDEMPOTENCY_KEY_HEADER]: key },
    });

    expect(server.calls[0]?.headers.get(IDEMPOTENCY_KEY_HEADER)).toBe(key);
  });

  it('does not wait for a Retry-After longer than it allows', async () => {
    const { book, waits } = client();
    const server = fakeApi({
      [`POST ${BOOKINGS}`]: () => {
        const response = problem(409, 'idempotency-key-in-use', 'Request in progress', 'Still running.');
        response.headers.set('Retry-After', '60');
        return response;
      },
    });

    const { response } = await book([9]);

    expect(response.status).toBe(409);
    expect(waits).toEqual([]);
    expect(server.count('POST', BOOKINGS)).toBe(1);
  });

  it('forgets unanswered writes when asked (signing out)', async () => {
    const { book, forgetUnsettled } = client(1);
    const server = fakeApi({ [`POST ${BOOKINGS}`]: inTurn(noAnswer, () => json(aBooking(), 201)) });

    await expect(book([3])).rejects.toThrow(TypeError);
    forgetUnsettled();
    await book([3]);

    const [first, second] = keysSent(server, 'POST', BOOKINGS);
    expect(second).not.toBe(first);
  });
});
