import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import { createQueryClient } from './query-client';

async function attempts(error: ApiError): Promise<number> {
  const queryFn = vi.fn().mockRejectedValue(error);
  const settled = createQueryClient()
    .fetchQuery({ queryKey: ['test'], queryFn })
    .catch(() => undefined);
  await vi.runAllTimersAsync();
  await settled;
  return queryFn.mock.calls.length;
}

describe('createQueryClient', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tries again once when the server could not be reached or failed', async () => {
    vi.useFakeTimers();

    expect(await attempts(new ApiError('network', 'Could not reach the server.'))).toBe(2);
    expect(await attempts(new ApiError('unexpected', 'Unexpected response', 500))).toBe(2);
  });

  it('reports an answer such as 404 at once: asking again would not change it', async () => {
    vi.useFakeTimers();

    expect(await attempts(new ApiError('problem', 'Show not found', 404))).toBe(1);
    expect(await attempts(new ApiError('problem', 'Invalid request', 400))).toBe(1);
  });
});
