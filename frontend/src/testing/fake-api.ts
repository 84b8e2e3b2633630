import { vi } from 'vitest';
import type { User } from '@/api/types';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Handler = (params: Record<string, string>, body: unknown, request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function problem(
  status: number,
  name: string,
  title: string,
  detail: string,
  violations?: { field: string; message: string }[],
  /** Extension members, e.g. limit and remaining of seat-limit-reached. */
  members: Record<string, unknown> = {},
): Response {
  const body = { type: `urn:problem-type:seat-booking:${name}`, title, status, detail, instance: '/test', violations, ...members };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

/** The API's answer without a (valid) session. */
export function notSignedIn(): Response {
  return problem(401, 'not-signed-in', 'Not signed in', 'Sign in to do this.');
}

let signedIn: User | null = null;

/** Whom the fake server's session cookie belongs to: what GET /me answers unless a test says otherwise. */
export function setSession(user: User | null) {
  signedIn = user;
}

function matches(pattern: string, path: string): Record<string, string> | undefined {
  const expected = pattern.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) {
    return undefined;
  }
  const params: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) {
      params[part.slice(1)] = decodeURIComponent(value);
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}

const unexpectedRequests: string[] = [];

/** Fails the test that just ran if the app sent a request its fake server did not expect. */
export function assertNoUnexpectedRequests() {
  const found = unexpectedRequests.splice(0);
  signedIn = null;
  if (found.length > 0) {
    throw new Error(`Unexpected requests: ${found.join(', ')}`);
  }
}

/**
 * Replaces fetch with a small in-test server. Routes are "METHOD /path/:param"; a request no
 * route expects is answered 501 and fails the test afterwards (see setup.ts). GET /me answers for
 * the session set with setSession (nobody by default) unless a route of the test answers it.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const allRoutes: Record<string, Handler> = {
    ...routes,
    'GET /me': routes['GET /me'] ?? (() => (signedIn ? json(signedIn) : notSignedIn())),
  };

  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const { pathname, searchParams } = new URL(request.url);
    const text = await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    calls.push({ method: request.method, path: pathname, query: searchParams, headers: request.headers, body });
    for (const [route, handler] of Object.entries(allRoutes)) {
      const [method, pattern = ''] = route.split(' ');
      const params = method === request.method ? matches(pattern, pathname) : undefined;
      if (params) {
        return handler(params, body, request);
      }
    }
    unexpectedRequests.push(`${request.method} ${pathname}`);
    return problem(501, 'test', 'Unexpected request in test', `${request.method} ${pathname}`);
  });

  const matching = (method: string, path: string) => calls.filter((call) => call.method === method && call.path === path);
  return {
    calls,
    count: (method: string, path: string) => matching(method, path).length,
    lastBody: (method: string, path: string) => matching(method, path).at(-1)?.body,
    lastCall: (method: string, path: string) => matching(method, path).at(-1),
  };
}

/** Makes every request fail as if the server were down. */
export function serverDown() {
  return vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));
}
