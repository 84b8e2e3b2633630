import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import { getShowsQueryOptions } from '@/api/get-shows';
import type { CreateShowInput, Show } from '@/api/types';

/** POST /shows: creates a show; a 400 problem lists the rejected fields in `violations`. */
export function createShow(input: CreateShowInput): Promise<Show> {
  return unwrap(apiClient.POST('/shows', { body: input }));
}

/** Creates a show; the show list then has one more. */
export function useCreateShow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createShow,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: getShowsQueryOptions().queryKey });
    },
  });
}
