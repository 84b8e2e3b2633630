import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import type { ShowDetail } from '@/api/types';

/** GET /shows/{showId}: the show with its seat map; 404 for an unknown show, 400 for a malformed id. */
export function getShow(showId: string, signal?: AbortSignal): Promise<ShowDetail> {
  return unwrap(apiClient.GET('/shows/{showId}', { params: { path: { showId } }, signal }));
}
