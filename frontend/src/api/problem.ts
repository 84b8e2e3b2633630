import type { Problem, Violation } from './types';

/**
 * A problem as the app reads it: the RFC 9457 members every problem has, plus the extension
 * members some problems carry (seat-limit-reached: limit and remaining; rate-limited:
 * retryAfterSeconds).
 */
export interface ParsedProblem extends Problem {
  violations: Violation[];
  /** seat-limit-reached: the most seats one account may hold or book for the show. */
  limit?: number;
  /** seat-limit-reached: how many more seats the account may still take. */
  remaining?: number;
  /** rate-limited: how long to wait before trying again. */
  retryAfterSeconds?: number;
  /** not-enough-seats: how many seats are free (in the section asked for, if any). */
  available?: number;
  /** not-enough-adjacent-seats: the most free seats side by side in one row. */
  largestBlock?: number;
  /** not-enough-seats, not-enough-adjacent-seats: the section asked for, if the server names it. */
  section?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseViolations(value: unknown): Violation[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((entry) =>
    isRecord(entry) && typeof entry.field === 'string' && typeof entry.message === 'string'
      ? [{ field: entry.field, message: entry.message }]
      : [],
  );
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * Reads an RFC 9457 problem from an error body. Error bodies are checked at run time because
 * they may come from something other than our API (a proxy, a crashed server).
 */
export function parseProblem(body: unknown, status: number): ParsedProblem | undefined {
  if (!isRecord(body) || typeof body.title !== 'string') {
    return undefined;
  }
  const problem: ParsedProblem = {
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: body.title,
    status: typeof body.status === 'number' ? body.status : status,
    detail: typeof body.detail === 'string' ? body.detail : '',
    instance: typeof body.instance === 'string' ? body.instance : '',
    violations: parseViolations(body.violations),
  };
  const limit = count(body.limit);
  const remaining = count(body.remaining);
  const retryAfterSeconds = count(body.retryAfterSeconds);
  const available = count(body.available);
  const largestBlock = count(body.largestBlock);
  return {
    ...problem,
    ...(limit !== undefined && { limit }),
    ...(remaining !== undefined && { remaining }),
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
    ...(available !== undefined && { available }),
    ...(largestBlock !== undefined && { largestBlock }),
    ...(typeof body.section === 'string' && body.section !== '' && { section: body.section }),
  };
}

/** The last segment of a problem type: `seat-limit-reached` for `urn:problem-type:seat-booking:seat-limit-reached`. */
export function problemName(problem: Pick<Problem, 'type'>): string {
  const type = problem.type;
  return type.slice(Math.max(type.lastIndexOf(':'), type.lastIndexOf('/')) + 1);
}
