import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import { getShowQueryOptions } from '@/api/get-show';
import { queryKeys } from '@/api/query-keys';
import type { ShowCancellation } from '@/api/types';

/** How often the page asks how far a running cancellation has come. */
export const CANCELLATION_POLL_MS = 1000;

/**
 * POST /shows/{showId}/cancel: the show is CANCELLED at once (202), its PENDING and CONFIRMED
 * bookings follow in batches; again on a cancelled show it answers 200 with the same progress.
 */
export function cancelShow(showId: string): Promise<ShowCancellation> {
  return unwrap(apiClient.POST('/shows/{showId}/cancel', { params: { path: { showId } } }));
}

/** GET /shows/{showId}/cancellation: how many of the show's bookings are cancelled so far. */
export function getCancellation(showId: string, signal?: AbortSignal): Promise<ShowCancellation> {
  return unwrap(apiClient.GET('/shows/{showId}/cancellation', { params: { path: { showId } }, signal }));
}

/** A cancellation's progress, asked for every second until it is completed. */
export function getCancellationQueryOptions(showId: string) {
  return queryOptions({
    queryKey: ['shows', 'cancellation', showId] as const,
    queryFn: ({ signal }) => getCancellation(showId, signal),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.completed === false ? CANCELLATION_POLL_MS : false),
  });
}

/**
 * Everything a show's cancellation changes: the show (its status, its freed seats), the lists that
 * mark it, its bookings and, for an admin who booked it too, their own bookings.
 */
export function cancellationChanged(queryClient: ReturnType<typeof useQueryClient>, showId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: getShowQueryOptions(showId).queryKey }),
    queryClient.invalidateQueries({ queryKey: queryKeys.showList() }),
    queryClient.invalidateQueries({ queryKey: ['shows', 'bookings', showId] }),
    queryClient.invalidateQueries({ queryKey: queryKeys.myBookings() }),
  ]);
}

/** Cancels a show; its progress then comes from the cancellation query. */
export function useCancelShow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelShow,
    onSuccess: (progress, showId) => {
      queryClient.setQueryData(getCancellationQueryOptions(showId).queryKey, progress);
      void cancellationChanged(queryClient, showId);
    },
  });
}
