import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFrom, toApiError } from './api-error';

function response(status: number) {
  return new Response(null, { status });
}

describe('apiErrorFrom', () => {
  it('reads a problem+json body, violations included', () => {
    const error = apiErrorFrom(response(400), {
      type: 'urn:problem-type:seat-booking:validation',
      title: 'Invalid request',
      status: 400,
      detail: 'seats must not be empty',
      instance: '/shows/1/bookings',
      violations: [{ field: 'seats', message: 'must not be empty' }, { field: 3 }],
    });

    expect(error.kind).toBe('problem');
    expect(error.status).toBe(400);
    expect(error.message).toBe('seats must not be empty');
    expect(error.violations).toEqual([{ field: 'seats', message: 'must not be empty' }]);
    expect(error.problem?.type).toBe('urn:problem-type:seat-booking:validation');
  });

  it('says in plain words that a cancelled show cannot be booked', () => {
    const error = apiErrorFrom(response(409), {
      type: 'urn:problem-type:seat-booking:show-cancelled',
      title: 'Show cancelled',
      status: 409,
      detail: 'show 3f1c… is cancelled',
    });

    expect(error.is('show-cancelled')).toBe(true);
    expect(error.message).toBe('This show has been cancelled, so it can no longer be booked or changed.');
  });

  it('falls back to the title when a problem has no detail', () => {
    expect(apiErrorFrom(response(404), { title: 'Show not found' }).message).toBe('Show not found');
  });

  it('treats a gateway error page as the server being unavailable', () => {
    const error = apiErrorFrom(response(503), '<html>Service Unavailable</html>');

    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/unavailable/);
  });

  it('reports any other unreadable answer with its status', () => {
    expect(apiErrorFrom(response(500), 'boom').message).toBe('Unexpected response from the server (HTTP 500).');
  });
});

describe('toApiError', () => {
  it('keeps API errors and turns failed fetches into network errors', () => {
    const original = new ApiError('problem', 'x', 409);

    expect(toApiError(original)).toBe(original);
    expect(toApiError(new TypeError('fetch failed')).kind).toBe('network');
    expect(toApiError(new Error('other')).kind).toBe('unexpected');
  });
});
