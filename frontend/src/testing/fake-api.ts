import { vi } from 'vitest';

export interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
}

type Handler = (params: Record<string, string>, body: unknown) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function problem(
  status: number,
  name: string,
  title: string,
  detail: string,
  violations?: { field: string; message: string }[],
): Response {
  const body = { type: `urn:problem-type:seat-booking:${name}`, title, status, detail, instance: '/test', violations };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
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
  if (found.length > 0) {
    throw new Error(`Unexpected requests: ${found.join(', ')}`);
  }
}

/**
 * Replaces fetch with a small in-test server. Routes are "METHOD /path/:param"; a request no
 * route expects is answered 501 and fails the test afterwards (see setup.ts).
 */
export function fakeApi(routes: Record<string, Handler>) {
  const calls: RecordedCall[] = [];

  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const { pathname } = new URL(request.url);
    const text = await request.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    calls.push({ method: request.method, path: pathname, body });
    for (const [route, handler] of Object.entries(routes)) {
      const [method, pattern = ''] = route.split(' ');
      const params = method === request.method ? matches(pattern, pathname) : undefined;
      if (params) {
        return handler(params, body);
      }
    }
    unexpectedRequests.push(`${request.method} ${pathname}`);
    return problem(501, 'test', 'Unexpected request in test', `${request.method} ${pathname}`);
  });

  return {
    calls,
    count: (method: string, path: string) => calls.filter((call) => call.method === method && call.path === path).length,
    lastBody: (method: string, path: string) => calls.filter((call) => call.method === method && call.path === path).at(-1)?.body,
  };
}

/** Makes every request fail as if the server were down. */
export function serverDown() {
  return vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));
}
