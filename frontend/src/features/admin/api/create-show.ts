import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import type { CreateShowInput, Show } from '@/api/types';

/** POST /shows: creates a show; a 400 problem lists the rejected fields in `violations`. */
export function createShow(input: CreateShowInput): Promise<Show> {
  return unwrap(apiClient.POST('/shows', { body: input }));
}
