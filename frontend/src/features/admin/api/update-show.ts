import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiErrorFrom, send } from '@/api/api-error';
import { apiClient } from '@/api/client';
import { getShowQueryOptions } from '@/api/get-show';
import { queryKeys } from '@/api/query-keys';
import type { UpdateShowInput } from '@/api/types';
import { getEditableShowQueryOptions, type EditableShow } from './editable-show';

export interface UpdateShowArgs {
  showId: string;
  /** The ETag the form was filled from: a show changed since is refused with 412 precondition-failed. */
  etag: string;
  /** Only what changed. */
  changes: UpdateShowInput;
}

/**
 * PATCH /shows/{showId} with If-Match. 412 precondition-failed: someone changed the show since it was
 * read; 409 show-has-bookings: seats can only change while nobody ever booked; 409 show-cancelled;
 * 400 with violations (a start time in the past, an empty name).
 */
export async function updateShow({ showId, etag, changes }: UpdateShowArgs): Promise<EditableShow> {
  // The document lists every member as required (as for every request body); a merge patch sends the changed ones.
  const { data, error, response } = await send(
    apiClient.PATCH('/shows/{showId}', { params: { path: { showId }, header: { 'If-Match': etag } }, body: changes as Required<UpdateShowInput> }),
  );
  if (data === undefined) {
    throw apiErrorFrom(response, error);
  }
  return { show: data, etag: response.headers.get('ETag') ?? etag };
}

/** Saves a show's changes; its page then holds the server's answer and new ETag, and every list shows them. */
export function useUpdateShow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateShow,
    onSuccess: (saved, { showId }) => {
      queryClient.setQueryData(getEditableShowQueryOptions(showId).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: getShowQueryOptions(showId).queryKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.showList() });
    },
  });
}
