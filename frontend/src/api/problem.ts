import type { Problem, Violation } from './types';

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

/**
 * Reads an RFC 9457 problem from an error body. Error bodies are checked at run time because
 * they may come from something other than our API (a proxy, a crashed server).
 */
export function parseProblem(body: unknown, status: number): Problem | undefined {
  if (!isRecord(body) || typeof body.title !== 'string') {
    return undefined;
  }
  return {
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: body.title,
    status: typeof body.status === 'number' ? body.status : status,
    detail: typeof body.detail === 'string' ? body.detail : '',
    instance: typeof body.instance === 'string' ? body.instance : '',
    violations: parseViolations(body.violations),
  };
}
