import { queryOptions } from '@tanstack/react-query';
import { apiErrorFrom, send } from '@/api/api-error';
import { apiClient } from '@/api/client';
import { getShowQueryOptions } from '@/api/get-show';
import type { ShowDetail } from '@/api/types';

/** A show as the admin edits it: its details and the ETag that a change must send back in If-Match. */
export interface EditableShow {
  show: ShowDetail;
  /** `"<showVersion>.<seatMapHash>"`: the server compares the show-version part with If-Match. */
  etag: string;
}

/** Reads the show with its ETag (GET /shows/{showId}); a 404 for an unknown show. */
export async function getEditableShow(showId: string, signal?: AbortSignal): Promise<EditableShow> {
  const { data, error, response } = await send(apiClient.GET('/shows/{showId}', { params: { path: { showId } }, signal }));
  if (data === undefined) {
    throw apiErrorFrom(response, error);
  }
  // asked without ?view: the full view
  return { show: data as ShowDetail, etag: response.headers.get('ETag') ?? '' };
}

/**
 * The show on its admin page. Under the show's own key, so whatever refreshes the show (a booking,
 * an edit, a cancellation) refreshes this too; fetched on every visit, as others may change it.
 */
export function getEditableShowQueryOptions(showId: string) {
  return queryOptions({
    queryKey: [...getShowQueryOptions(showId).queryKey, 'editable'] as const,
    queryFn: ({ signal }) => getEditableShow(showId, signal),
    staleTime: 0,
  });
}
