import type { ApiError } from '@/api/api-error';
import { useCountdown } from './use-countdown';

/**
 * Seconds left before the server will take another write, after it answered 429 (rate-limited)
 * with Retry-After; 0 otherwise. Buttons wait this long, so they come back by themselves.
 */
export function useRetryWait(error: ApiError | null | undefined): number {
  const rateLimited = error?.is('rate-limited') ?? false;
  return useCountdown(rateLimited ? (error?.retryAt ?? 0) : 0);
}
