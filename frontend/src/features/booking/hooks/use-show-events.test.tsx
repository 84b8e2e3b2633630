import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShowDetail } from '@/api/types';
import { getSeatMapQueryOptions, toSeatMap } from '../api/get-seat-map';
import { reservedSeatsOf } from '../utils/seat-bitmap';
import { aShowDetail, SHOW_ID } from '@/testing/data';
import { FakeEventSource } from '@/testing/fake-event-source';
import { createTestQueryClient } from '@/testing/render';
import { FAILURES_BEFORE_POLLING, FLUSH_MS, reconnectDelay, useShowEvents } from './use-show-events';

const EVENTS = `/shows/${SHOW_ID}/events`;

function setUp(initial: ShowDetail = aShowDetail({ reservedSeats: [2, 3], version: 10 })) {
  const queryClient: QueryClient = createTestQueryClient();
  const key = getSeatMapQueryOptions(SHOW_ID).queryKey;
  queryClient.setQueryData(key, toSeatMap(initial));
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const view = renderHook(({ enabled }) => useShowEvents(SHOW_ID, enabled), { wrapper, initialProps: { enabled: true } });
  // The cached bitmap, read back as seat numbers.
  const map = () => {
    const cached = queryClient.getQueryData(key);
    return cached && { ...cached, reservedSeats: reservedSeatsOf(cached.reserved, cached.totalSeats) };
  };
  return { ...view, map, queryClient };
}

function seats(source: FakeEventSource, version: number, reserved: number[], released: number[] = []) {
  source.emit('seats', { showId: SHOW_ID, version, reserved, released }, String(version));
}

async function flushChanges() {
  await act(() => vi.advanceTimersByTimeAsync(FLUSH_MS));
}

describe('useShowEvents', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('subscribes to the show’s events and takes the snapshot into the cached map', () => {
    const { result, map } = setUp();
    expect(result.current).toBe('connecting');

    const source = FakeEventSource.latest();
    // From the version in hand: the server sends only what changed since.
    expect(source.url).toBe(`${EVENTS}?lastEventId=10`);
    source.open();
    source.emit('snapshot', { showId: SHOW_ID, version: 12, totalSeats: 10, reservedSeats: [1, 2], availableSeats: [] }, '12');

    expect(result.current).toBe('live');
    expect(map()).toMatchObject({ version: 12, reservedSeats: [1, 2], reservedCount: 2, availableCount: 8 });
  });

  it('applies seat changes as they come, batched, and ignores those not newer than the map', async () => {
    const { map } = setUp();
    const source = FakeEventSource.latest();
    source.open();

    seats(source, 11, [7, 8]);
    seats(source, 12, [], [2]);
    seats(source, 10, [9]); // already in the map
    expect(map()?.reservedSeats).toEqual([2, 3]);
    await flushChanges();

    expect(map()).toMatchObject({ version: 12, reservedSeats: [3, 7, 8], availableCount: 7 });
    seats(source, 12, [10]); // a replay after a reconnect
    await flushChanges();
    expect(map()?.reservedSeats).toEqual([3, 7, 8]);
  });

  it('lets the browser resume a dropped stream by itself, and says it is reconnecting meanwhile', () => {
    const { result } = setUp();
    const source = FakeEventSource.latest();
    source.open();

    source.fail();
    expect(result.current).toBe('reconnecting');
    expect(source.closed).toBe(false);
    source.open();

    expect(result.current).toBe('live');
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('opens a refused stream again with growing waits, then polls until it works again', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { result } = setUp();

    FakeEventSource.latest().fail({ closed: true });
    expect(result.current).toBe('reconnecting');
    await act(() => vi.advanceTimersByTimeAsync(reconnectDelay(1) - 1));
    expect(FakeEventSource.instances).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(FakeEventSource.instances).toHaveLength(2);

    FakeEventSource.latest().fail({ closed: true });
    await act(() => vi.advanceTimersByTimeAsync(reconnectDelay(2)));
    expect(FakeEventSource.latest().url).toBe(`${EVENTS}?lastEventId=10`);
    expect(FakeEventSource.instances).toHaveLength(3);
    FakeEventSource.latest().fail({ closed: true });

    expect(FAILURES_BEFORE_POLLING).toBe(3);
    expect(result.current).toBe('polling');
    await act(() => vi.advanceTimersByTimeAsync(reconnectDelay(3)));
    const again = FakeEventSource.latest();
    expect(FakeEventSource.instances).toHaveLength(4);
    again.open();
    expect(result.current).toBe('live');
    expect(FakeEventSource.active()).toEqual([again]);
  });

  it('falls back to polling when a stream keeps dropping', () => {
    const { result } = setUp();
    const source = FakeEventSource.latest();
    source.fail();
    source.fail();
    expect(result.current).toBe('reconnecting');
    source.fail();

    expect(result.current).toBe('polling');
    expect(source.closed).toBe(true);
  });

  it('polls from the start where the browser has no EventSource', () => {
    vi.stubGlobal('EventSource', undefined);
    try {
      const { result } = setUp();

      expect(result.current).toBe('polling');
      expect(FakeEventSource.instances).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('closes the stream when the page goes, and opens none while disabled', () => {
    const { rerender, unmount } = setUp();
    const source = FakeEventSource.latest();

    rerender({ enabled: false });
    expect(source.closed).toBe(true);
    unmount();
    expect(FakeEventSource.active()).toHaveLength(0);
  });
});

describe('reconnectDelay', () => {
  it('doubles from a second up to half a minute, with jitter', () => {
    const middle = () => 0.5;

    expect([1, 2, 3, 4, 5, 6, 7].map((failures) => reconnectDelay(failures, middle))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(reconnectDelay(1, () => 0)).toBe(800);
    expect(reconnectDelay(1, () => 1)).toBe(1200);
  });
});
