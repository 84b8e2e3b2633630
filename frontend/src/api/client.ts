import createClient, { type Middleware } from 'openapi-fetch';
import { CSRF_HEADER, csrfToken } from './csrf';
import { createIdempotencyMiddleware } from './idempotency';
import type { paths } from './schema';
import { sessionEnded } from './session-events';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The session is an httpOnly cookie the browser sends by itself; writes authenticated by it must
 * also carry the readable sb_csrf cookie's value in a header, which another site cannot read.
 */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    const token = csrfToken();
    if (!READS.has(request.method) && token) {
      request.headers.set(CSRF_HEADER, token);
    }
    return request;
  },
};

/** Where a 401 is an answer rather than a lost session: "nobody is signed in", "wrong password". */
const ANSWERED_BY_401 = new Set(['/me', '/auth/login', '/auth/register', '/auth/logout']);

/** Any other 401 means the session is gone: tell the app, which asks the person to sign in again. */
export const sessionMiddleware: Middleware = {
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !ANSWERED_BY_401.has(schemaPath)) {
      sessionEnded();
    }
    return response;
  },
};

const idempotency = createIdempotencyMiddleware();

/** Retry-safe writes: an Idempotency-Key on every POST, and the same request again when its answer was lost. */
export const idempotencyMiddleware = idempotency.middleware;

/** Forgets the keys of writes whose answer never arrived: on signing out, they are not the next person's. */
export const forgetUnsettledWrites = idempotency.forgetUnsettled;

/** Typed client for the backend, which serves this app from the same origin. */
export const apiClient = createClient<paths>({
  baseUrl: window.location.origin,
  // Looked up on every call rather than captured once, so the current global fetch is used.
  fetch: (request) => globalThis.fetch(request),
});
// onRequest runs in this order (the key is added to a request that already carries its CSRF token,
// so retries carry it too); onResponse and onError in the reverse order, so the session middleware
// sees the answer the retries ended with.
apiClient.use(csrfMiddleware, sessionMiddleware, idempotencyMiddleware);
