import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import type { Show } from '@/api/types';

/** GET /shows: every show, sorted by start time. */
export function getShows(): Promise<Show[]> {
  return unwrap(apiClient.GET('/shows'));
}
