import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '@/api/api-error';
import type { ShowDetail } from '@/api/types';
import { getShow } from '../api/get-show';

interface ShowDetailState {
  /** The latest seat map; kept while a reload runs or fails. */
  show: ShowDetail | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/** Loads a show's seat map, always fresh from the server, and reloads it on demand. */
export function useShowDetail(showId: string) {
  const [state, setState] = useState<ShowDetailState>({ show: undefined, error: undefined, loading: true });
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(() => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    getShow(showId, current.signal).then(
      (show) => {
        if (!current.signal.aborted) {
          setState({ show, error: undefined, loading: false });
        }
      },
      (error: unknown) => {
        if (!current.signal.aborted) {
          setState((previous) => ({ ...previous, error: toApiError(error), loading: false }));
        }
      },
    );
  }, [showId]);

  const reload = useCallback(() => {
    setState((previous) => ({ ...previous, loading: true }));
    load();
  }, [load]);

  useEffect(() => {
    load();
    return () => controller.current?.abort();
  }, [load]);

  return { ...state, reload };
}
