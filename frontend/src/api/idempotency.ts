import type { Middleware } from 'openapi-fetch';
import { newUuid } from '@/lib/uuid';
import { parseProblem, problemName } from './problem';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set by the server on an answer it replays for a key it has seen. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * Writes sent without a key: signing in and out only change the session, so repeating them is
 * harmless, and a replayed sign-in answer would carry no fresh session cookie.
 */
const UNKEYED = new Set(['/auth/login', '/auth/logout']);

/** How long the server replays a key's first answer (its default); older intentions are forgotten. */
const KEY_LIFETIME_MS = 24 * 3600 * 1000;
/** Unsettled intentions kept at most: only writes whose answer never arrived stay here. */
const MAX_UNSETTLED = 100;

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The wait before the n-th retry (1, 2, …) after no answer or a gateway error. */
  backoffMs: (retry: number) => number;
  /** The longest Retry-After we wait for by ourselves; a longer one ends the retries. */
  maxRetryAfterMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 4,
  // 0.5 s, 1 s, 2 s, each ±25 %, so many phones that lost the same network do not come back in step.
  backoffMs: (retry) => Math.min(4000, 500 * 2 ** (retry - 1)) * (0.75 + Math.random() * 0.5),
  maxRetryAfterMs: 5000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Writes whose outcome is not known yet, by what they send: a person who repeats the very same
 * write (after "Could not reach the server", say) repeats the same intention, so it goes with the
 * same key and the server answers what the first one did, instead of "seats taken" by themselves.
 * A write that got a definite answer is forgotten, and the next one is a new intention.
 */
class UnsettledWrites {
  private readonly keys = new Map<string, { key: string; since: number }>();

  keyFor(fingerprint: string): string | undefined {
    const entry = this.keys.get(fingerprint);
    if (entry && Date.now() - entry.since < KEY_LIFETIME_MS) {
      return entry.key;
    }
    this.keys.delete(fingerprint);
    return undefined;
  }

  open(fingerprint: string, key: string) {
    this.keys.delete(fingerprint);
    this.keys.set(fingerprint, { key, since: Date.now() });
    // A Map iterates in insertion order: drop the oldest beyond the bound.
    for (const old of this.keys.keys()) {
      if (this.keys.size <= MAX_UNSETTLED) {
        break;
      }
      this.keys.delete(old);
    }
  }

  settle(fingerprint: string) {
    this.keys.delete(fingerprint);
  }

  clear() {
    this.keys.clear();
  }
}

interface InFlight {
  fingerprint: string;
  /** An unsent copy of the keyed request: every retry sends a clone of it, same key, same body. */
  original: Request;
  retries: number;
  /** The retries already ran (from onError); onResponse only has to settle. */
  retried: boolean;
}

/** What a try ended with: a Response, or what fetch rejected with. */
type Outcome = unknown;

/** Statuses that say the request may not have reached the application: worth sending again. */
const GATEWAY_ERRORS = new Set([502, 503, 504]);

async function isKeyInUse(response: Response): Promise<boolean> {
  if (response.status !== 409) {
    return false;
  }
  try {
    const problem = parseProblem(await response.clone().json(), 409);
    return problem !== undefined && problemName(problem) === 'idempotency-key-in-use';
  } catch {
    return false;
  }
}

/** fetch rejects with a TypeError when no answer arrived; an AbortError means the caller gave up. */
function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError;
}

/** Whether the write certainly ran to an end on the server (or certainly never will): its key is done. */
async function isSettled(response: Response): Promise<boolean> {
  return response.status < 500 && !(await isKeyInUse(response));
}

/**
 * Makes every POST retry-safe (the IETF httpapi Idempotency-Key draft, as the server implements
 * it): each write gets an Idempotency-Key, and when no answer arrives, a gateway answers 502/503/504
 * or the server says the first request with this key is still running (409 idempotency-key-in-use),
 * the very same request (same key, same body) is sent again with backoff, a few times. The server
 * answers a repeat with the first answer (Idempotent-Replayed: true), so a booking whose answer was
 * lost comes back as the booking, never as "seats taken" by the person's own first try.
 */
export function createIdempotencyMiddleware(policy: RetryPolicy = defaultRetryPolicy) {
  const unsettled = new UnsettledWrites();
  const inFlight = new Map<string, InFlight>();

  function delayBefore(outcome: Outcome, retry: number): number | undefined {
    if (outcome instanceof Response) {
      const header = outcome.headers.get('Retry-After');
      const seconds = header !== null && /^\d+$/.test(header.trim()) ? Number(header.trim()) : undefined;
      if (seconds !== undefined) {
        const ms = seconds * 1000;
        return ms <= policy.maxRetryAfterMs ? ms : undefined;
      }
    }
    return policy.backoffMs(retry);
  }

  async function shouldRetry(outcome: Outcome): Promise<boolean> {
    if (outcome instanceof Response) {
      return GATEWAY_ERRORS.has(outcome.status) || (await isKeyInUse(outcome));
    }
    return isNetworkFailure(outcome);
  }

  /** Sends the request again until it gets an answer worth keeping or the tries run out. */
  async function retry(flight: InFlight, first: Outcome, fetch: (request: Request) => Promise<Response>): Promise<Outcome> {
    let outcome = first;
    while (flight.retries < policy.attempts - 1 && (await shouldRetry(outcome))) {
      const delay = delayBefore(outcome, flight.retries + 1);
      if (delay === undefined) {
        break;
      }
      flight.retries += 1;
      await policy.sleep(delay);
      try {
        outcome = await fetch(flight.original.clone());
      } catch (error) {
        outcome = error;
      }
    }
    return outcome;
  }

  const middleware: Middleware = {
    async onRequest({ request, schemaPath, id }) {
      if (request.method !== 'POST' || UNKEYED.has(schemaPath)) {
        return undefined;
      }
      const fingerprint = `${request.method} ${request.url}\n${await request.clone().text()}`;
      const key = request.headers.get(IDEMPOTENCY_KEY_HEADER) ?? unsettled.keyFor(fingerprint) ?? newUuid();
      request.headers.set(IDEMPOTENCY_KEY_HEADER, key);
      unsettled.open(fingerprint, key);
      inFlight.set(id, { fingerprint, original: request.clone(), retries: 0, retried: false });
      return request;
    },

    async onError({ id, error, options }) {
      const flight = inFlight.get(id);
      if (!flight || !isNetworkFailure(error)) {
        inFlight.delete(id);
        return undefined;
      }
      const outcome = await retry(flight, error, options.fetch);
      if (outcome instanceof Response) {
        // openapi-fetch hands this answer to onResponse next, which settles the intention.
        flight.retried = true;
        return outcome;
      }
      // Still no answer: the write may or may not have happened, so its key stays for a repeat.
      inFlight.delete(id);
      return outcome instanceof Error ? outcome : undefined;
    },

    async onResponse({ id, response, options }) {
      const flight = inFlight.get(id);
      if (!flight) {
        return undefined;
      }
      const outcome = flight.retried ? response : await retry(flight, response, options.fetch);
      inFlight.delete(id);
      if (!(outcome instanceof Response)) {
        // A retry found no answer at all; the caller sees a network failure and may repeat it.
        throw outcome;
      }
      if (await isSettled(outcome)) {
        unsettled.settle(flight.fingerprint);
      }
      return outcome === response ? undefined : outcome;
    },
  };

  return {
    middleware,
    /** Forgets every unsettled write (sign-out: the next person's writes are theirs). */
    forgetUnsettled: () => unsettled.clear(),
  };
}
