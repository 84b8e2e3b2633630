import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { toApiError, type ApiError } from '@/api/api-error';
import type { Show } from '@/api/types';

interface ShowsState {
  /** Undefined until the first successful load. */
  shows: Show[] | undefined;
  /** The error of the latest load, cleared by the next successful one. */
  error: ApiError | undefined;
  loading: boolean;
}

interface ShowsContextValue extends ShowsState {
  refresh: () => Promise<void>;
  ensureLoaded: () => void;
  invalidate: () => void;
}

const ShowsContext = createContext<ShowsContextValue | null>(null);

/**
 * Caches the list of shows for the whole app: pages reuse it across navigation instead of
 * fetching it again; it is reloaded on demand and after anything that changes it.
 */
export function ShowsProvider({ loadShows, children }: { loadShows: () => Promise<Show[]>; children: ReactNode }) {
  const [state, setState] = useState<ShowsState>({ shows: undefined, error: undefined, loading: false });
  const inFlight = useRef<Promise<void> | null>(null);
  const reloadAfterInFlight = useRef(false);
  const loadedOnce = useRef(false);

  const refresh = useCallback((): Promise<void> => {
    if (inFlight.current) {
      // The running request may predate the change that asked for this refresh.
      reloadAfterInFlight.current = true;
      return inFlight.current;
    }
    const run = async () => {
      do {
        reloadAfterInFlight.current = false;
        setState((previous) => ({ ...previous, loading: true }));
        try {
          const shows = await loadShows();
          loadedOnce.current = true;
          setState({ shows, error: undefined, loading: false });
        } catch (error) {
          setState((previous) => ({ ...previous, error: toApiError(error), loading: false }));
        }
      } while (reloadAfterInFlight.current);
    };
    const request = run().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = request;
    return request;
  }, [loadShows]);

  const ensureLoaded = useCallback(() => {
    if (!loadedOnce.current && !inFlight.current) {
      void refresh();
    }
  }, [refresh]);

  const invalidate = useCallback(() => {
    if (loadedOnce.current || inFlight.current) {
      void refresh();
    }
  }, [refresh]);

  const value = useMemo(() => ({ ...state, refresh, ensureLoaded, invalidate }), [state, refresh, ensureLoaded, invalidate]);
  return <ShowsContext.Provider value={value}>{children}</ShowsContext.Provider>;
}

function useShowsContext(): ShowsContextValue {
  const context = useContext(ShowsContext);
  if (!context) {
    throw new Error('Shows hooks must be used inside a ShowsProvider');
  }
  return context;
}

/** The cached list of shows, loaded on first use. */
export function useShows() {
  const { shows, error, loading, refresh, ensureLoaded } = useShowsContext();
  useEffect(ensureLoaded, [ensureLoaded]);
  return { shows, error, loading, refresh };
}

/** Tells the cache that shows changed (a show was created, seats were booked or released). */
export function useInvalidateShows(): () => void {
  return useShowsContext().invalidate;
}
