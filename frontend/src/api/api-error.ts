import { parseProblem, problemName, type ParsedProblem } from './problem';
import type { Violation } from './types';

type ApiErrorKind = 'network' | 'problem' | 'unexpected';

/** Every failed API call ends in one of these, with a message fit to show the user. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly problem: ParsedProblem | undefined;
  /** How long the server asked us to wait (Retry-After, or the problem's retryAfterSeconds). */
  readonly retryAfterSeconds: number | undefined;
  /** When the answer arrived (ms since the epoch): where a Retry-After wait starts. */
  readonly receivedAt: number;

  constructor(kind: ApiErrorKind, message: string, status?: number, problem?: ParsedProblem, retryAfterSeconds?: number) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
    this.receivedAt = Date.now();
  }

  get violations(): Violation[] {
    return this.problem?.violations ?? [];
  }

  /** Whether the server named this problem, e.g. `username-taken` for `urn:problem-type:seat-booking:username-taken`. */
  is(name: string): boolean {
    return this.problem !== undefined && problemName(this.problem) === name;
  }

  /** The moment (ms since the epoch) after which trying again makes sense, for a 429 or a 503 that said. */
  get retryAt(): number | undefined {
    return this.retryAfterSeconds === undefined ? undefined : this.receivedAt + this.retryAfterSeconds * 1000;
  }
}

const UNREACHABLE = 'Could not reach the server. Check your connection and try again.';

/** Retry-After as seconds: a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') {
    return undefined;
  }
  const value = header.trim();
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function seconds(count: number): string {
  return `${count} ${count === 1 ? 'second' : 'seconds'}`;
}

function seatCount(count: number): string {
  return `${count} ${count === 1 ? 'seat' : 'seats'}`;
}

/** "Too many attempts. Please wait 12 seconds and try again." */
export function rateLimitedMessage(wait: number | undefined): string {
  return wait === undefined || wait <= 0
    ? 'Too many attempts. Please wait a moment and try again.'
    : `Too many attempts. Please wait ${seconds(wait)} and try again.`;
}

/** Plain sentences for the problems a person can meet in an on-sale; others keep the server's detail. */
function plainMessage(problem: ParsedProblem, wait: number | undefined): string {
  switch (problemName(problem)) {
    case 'rate-limited':
      return rateLimitedMessage(wait);
    case 'seat-limit-reached': {
      const { limit, remaining } = problem;
      if (limit === undefined || remaining === undefined) {
        break;
      }
      if (remaining === 0) {
        return `You can hold at most ${limit} seats for this show, and you already have ${limit}.`;
      }
      return `You can hold at most ${limit} seats for this show; ${remaining} more ${remaining === 1 ? 'is' : 'are'} allowed.`;
    }
    case 'not-enough-seats': {
      const where = problem.section ? ` in ${problem.section}` : '';
      if (problem.available === undefined) {
        break;
      }
      if (problem.available === 0) {
        return `No seats are left${where}.`;
      }
      return `Only ${seatCount(problem.available)} ${problem.available === 1 ? 'is' : 'are'} left${where}. Choose ${problem.available} or fewer.`;
    }
    case 'not-enough-adjacent-seats': {
      const where = problem.section ? ` in ${problem.section}` : '';
      if (problem.largestBlock === undefined) {
        break;
      }
      if (problem.largestBlock <= 1) {
        return `No two free seats are side by side any more${where}. Untick “Seats together” to get seats apart, or choose 1 seat.`;
      }
      return `That many seats are not free side by side${where}: at most ${problem.largestBlock} are together in one row. Choose ${problem.largestBlock} or fewer, or untick “Seats together” to get them over several rows.`;
    }
    case 'show-cancelled':
      return 'This show has been cancelled, so it can no longer be booked or changed.';
    case 'idempotency-key-in-use':
      // Only seen once the client's own retries ran out (see idempotency.ts).
      return 'Your earlier request is still being processed. Please wait a moment and try again.';
    case 'idempotency-key-reused':
      // Our client reuses a key only with the very same request: this is a bug on our side.
      return 'Something went wrong on our side while sending this request. Please try again.';
  }
  return problem.detail || problem.title;
}

export function apiErrorFrom(response: Response, body: unknown): ApiError {
  const problem = parseProblem(body, response.status);
  const wait = retryAfterSeconds(response.headers.get('Retry-After')) ?? problem?.retryAfterSeconds;
  const { status } = response;
  if (problem) {
    return new ApiError('problem', plainMessage(problem, wait), status, problem, wait);
  }
  if (status === 502 || status === 503 || status === 504) {
    return new ApiError('network', 'The server is unavailable right now. Try again in a moment.', status, undefined, wait);
  }
  return new ApiError('unexpected', `Unexpected response from the server (HTTP ${status}).`, status, undefined, wait);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  // fetch rejects with a TypeError when the request never got an answer.
  if (error instanceof TypeError) {
    return new ApiError('network', UNREACHABLE);
  }
  return new ApiError('unexpected', 'Something went wrong while talking to the server.');
}

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Sends a request and resolves to the full result; a request that never got an answer throws an ApiError. */
export async function send<R>(pending: Promise<R>): Promise<R> {
  try {
    return await pending;
  } catch (error) {
    throw toApiError(error);
  }
}

/** Resolves to the success body, or throws an ApiError describing the failure. */
export async function unwrap<T>(pending: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await send(pending);
  if (response.ok && data !== undefined) {
    return data;
  }
  throw apiErrorFrom(response, error);
}
