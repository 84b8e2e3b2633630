import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { parseChange, parseSnapshot, showEventsUrl, type SeatChange } from '@/api/show-events';
import { getSeatMapQueryOptions } from '../api/get-seat-map';
import { applySeatChanges, applySeatSnapshot } from '../utils/live-seat-map';

/**
 * How the seat map keeps up with other people's bookings:
 * - `connecting`: the event stream is being opened;
 * - `live`: changes arrive as they happen;
 * - `reconnecting`: the stream dropped and is being reopened (the browser resumes it with Last-Event-ID);
 * - `polling`: events are unavailable (no EventSource, or the stream failed again and again), so
 *   the map is fetched every few seconds while the stream is tried again now and then.
 */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'polling';

/** Failures in a row, without an open stream in between, after which the map is polled. */
export const FAILURES_BEFORE_POLLING = 3;
/** How often the map is fetched while polling. */
export const POLL_INTERVAL_MS = 5_000;
/** Changes are applied at most this often: a flash sale's burst of events is one render. */
export const FLUSH_MS = 100;

/** The wait before opening the stream again after the n-th failure in a row: 1 s, 2 s, 4 s … 30 s, ±20 %. */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  return Math.round(Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1)) * (0.8 + random() * 0.4));
}

function eventSourceAvailable(): boolean {
  return typeof globalThis.EventSource === 'function';
}

/**
 * Subscribes to the show's live seat map (GET /shows/{showId}/events) while `enabled`, and writes
 * every snapshot and change into the show's query cache, where the seat map reads it. Events whose
 * version is not newer than the cached map are ignored. Returns how the map keeps up, for the
 * page's connection indicator and its polling fallback.
 */
export function useShowEvents(showId: string, enabled: boolean): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>(() => (eventSourceAvailable() ? 'connecting' : 'polling'));

  useEffect(() => {
    // Without EventSource the state is 'polling' from the start.
    if (!enabled || !eventSourceAvailable()) {
      return undefined;
    }
    const queryKey = getSeatMapQueryOptions(showId).queryKey;
    let source: EventSource | undefined;
    let failures = 0;
    let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    let pending: SeatChange[] = [];

    const flush = () => {
      flushTimer = undefined;
      const changes = pending;
      pending = [];
      queryClient.setQueryData(queryKey, (map) => map && applySeatChanges(map, changes));
    };

    const connected = () => {
      failures = 0;
      setState('live');
    };

    const connect = () => {
      reconnectTimer = undefined;
      // Resume from the map in hand: only the changes since come, not the whole map again.
      const stream = new EventSource(showEventsUrl(showId, queryClient.getQueryData(queryKey)?.version));
      source = stream;
      stream.onopen = connected;
      stream.addEventListener('snapshot', (event) => {
        const snapshot = parseSnapshot((event as MessageEvent<string>).data);
        if (snapshot) {
          connected();
          if (flushTimer !== undefined) {
            clearTimeout(flushTimer);
            flush();
          }
          queryClient.setQueryData(queryKey, (map) => map && applySeatSnapshot(map, snapshot));
        }
      });
      stream.addEventListener('seats', (event) => {
        const change = parseChange((event as MessageEvent<string>).data);
        if (change) {
          pending.push(change);
          flushTimer ??= setTimeout(flush, FLUSH_MS);
        }
      });
      stream.onerror = () => {
        failures += 1;
        if (stream.readyState !== EventSource.CLOSED && failures < FAILURES_BEFORE_POLLING) {
          // The browser opens it again by itself, sending Last-Event-ID so the server resumes.
          setState('reconnecting');
          return;
        }
        // Refused (an error status or not an event stream) or failing again and again: close it
        // and try again later with growing waits; meanwhile, after a few failures, poll.
        stream.close();
        source = undefined;
        setState(failures >= FAILURES_BEFORE_POLLING ? 'polling' : 'reconnecting');
        reconnectTimer = setTimeout(connect, reconnectDelay(failures));
      };
    };

    connect();
    return () => {
      source?.close();
      clearTimeout(reconnectTimer);
      clearTimeout(flushTimer);
    };
  }, [showId, enabled, queryClient]);

  return state;
}
