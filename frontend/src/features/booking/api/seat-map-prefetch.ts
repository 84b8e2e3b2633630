/**
 * The booking page's seat map as index.html asked for it, before the app's scripts ran: on a
 * 100,000-seat show that saves the time the scripts take to start (docs/performance.md).
 */
interface SeatMapPrefetch {
  showId: string;
  /** null: the request failed (offline, aborted). */
  response: Promise<Response | null>;
}

declare global {
  interface Window {
    __seatMapPrefetch?: SeatMapPrefetch;
  }
}

/**
 * The early answer for this show, if there is one: handed out once (a later read of the map, a
 * refresh, another show, asks the server again). Only a 2xx answer is used; anything else is asked
 * for again the usual way, whose errors the page knows how to show.
 */
export async function takePrefetchedSeatMap(showId: string): Promise<unknown> {
  const early = window.__seatMapPrefetch;
  if (!early || early.showId !== showId.toLowerCase()) {
    return undefined;
  }
  delete window.__seatMapPrefetch;
  const response = await early.response;
  if (!response?.ok) {
    return undefined;
  }
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
