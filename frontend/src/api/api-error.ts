import { parseProblem } from './problem';
import type { Problem, Violation } from './types';

type ApiErrorKind = 'network' | 'problem' | 'unexpected';

/** Every failed API call ends in one of these, with a message fit to show the user. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;

  constructor(kind: ApiErrorKind, message: string, status?: number, problem?: Problem) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }

  get violations(): Violation[] {
    return this.problem?.violations ?? [];
  }

  /** Whether the server named this problem, e.g. `username-taken` for `urn:problem-type:seat-booking:username-taken`. */
  is(problemName: string): boolean {
    return this.problem?.type.endsWith(`:${problemName}`) ?? false;
  }
}

const UNREACHABLE = 'Could not reach the server. Check your connection and try again.';

export function apiErrorFrom(response: Response, body: unknown): ApiError {
  const problem = parseProblem(body, response.status);
  if (problem) {
    const message = problem.detail || problem.title;
    return new ApiError('problem', message, response.status, problem);
  }
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    return new ApiError('network', 'The server is unavailable right now. Try again in a moment.', response.status);
  }
  return new ApiError('unexpected', `Unexpected response from the server (HTTP ${response.status}).`, response.status);
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
