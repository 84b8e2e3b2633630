import createClient from 'openapi-fetch';
import type { paths } from './schema';

/** Typed client for the backend, which serves this app from the same origin. */
export const apiClient = createClient<paths>({
  baseUrl: window.location.origin,
  // Looked up on every call rather than captured once, so the current global fetch is used.
  fetch: (request) => globalThis.fetch(request),
});
