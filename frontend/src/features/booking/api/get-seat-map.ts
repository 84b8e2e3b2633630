import { queryOptions } from '@tanstack/react-query';
import { unwrap } from '@/api/api-error';
import { apiClient } from '@/api/client';
import { queryKeys } from '@/api/query-keys';
import type { ShowDetail } from '@/api/types';
import { bitsFromRanges, bitsFromSeats, countReserved, decodeBitmap, sameBits, type SeatBits } from '../utils/seat-bitmap';
import type { Layout } from '../utils/venue';
import { takePrefetchedSeatMap } from './seat-map-prefetch';

/**
 * A show with its seat map as the booking page holds it: the show's fields, its layout and
 * currency, and which seats are taken as a bitmap (one bit per seat) instead of the plain arrays.
 */
export type SeatMap = Omit<ShowDetail, 'reservedSeats' | 'availableSeats' | 'layout' | 'currency'> & {
  /** null: one row of seats 1..N without prices. */
  layout: Layout | null;
  currency: string | null;
  reserved: SeatBits;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the bitmap view (reservedBitmap); the compact view's ranges and the full view's arrays are
 * read too, so the page works against any of the three.
 */
export function toSeatMap(body: unknown): SeatMap {
  if (!isRecord(body) || typeof body.totalSeats !== 'number') {
    throw new TypeError('Not a seat map');
  }
  const { reservedBitmap, reservedRanges, reservedSeats, ...show } = body;
  // The plain arrays are not kept: the bitmap says it all, in a twentieth of the memory.
  delete show.availableSeats;
  const totalSeats = body.totalSeats;
  let reserved: SeatBits;
  if (typeof reservedBitmap === 'string') {
    reserved = decodeBitmap(reservedBitmap, totalSeats);
  } else if (Array.isArray(reservedRanges)) {
    reserved = bitsFromRanges(totalSeats, reservedRanges as number[][]);
  } else {
    reserved = bitsFromSeats(totalSeats, Array.isArray(reservedSeats) ? (reservedSeats as number[]) : []);
  }
  const reservedCount = countReserved(reserved);
  return {
    ...(show as unknown as Omit<SeatMap, 'reserved' | 'layout' | 'currency'>),
    layout: isRecord(body.layout) && Array.isArray(body.layout.sections) ? (body.layout as unknown as Layout) : null,
    currency: typeof body.currency === 'string' ? body.currency : null,
    reserved,
    reservedCount,
    availableCount: totalSeats - reservedCount,
  };
}

/** GET /shows/{showId}?view=bitmap: the show and its map (17 KB for 100,000 seats, before gzip). */
export async function getSeatMap(showId: string, signal?: AbortSignal): Promise<SeatMap> {
  const body: unknown =
    // The page's first read may have been sent by index.html already.
    (await takePrefetchedSeatMap(showId)) ??
    (await unwrap(
      // The view parameter is typed once the API types know it.
      apiClient.GET('/shows/{showId}', { params: { path: { showId }, query: { view: 'bitmap' } as never }, signal }),
    ));
  const map = toSeatMap(body);
  try {
    // For the browser suite's figures: when the map's data is in hand (docs/performance.md).
    performance.mark('seat-map-data');
  } catch {
    // A measurement aid only.
  }
  return map;
}

function sameShow(a: SeatMap, b: SeatMap): boolean {
  const { reserved: bitsA, ...restA } = a;
  const { reserved: bitsB, ...restB } = b;
  return sameBits(bitsA, bitsB) && JSON.stringify(restA) === JSON.stringify(restB);
}

/**
 * The booking page's seat map. Never fresh (others book all the time): fetched on every visit and
 * focus, invalidated with the show after each booking action, and kept current by the live events.
 * A fetch that answers an older version than the events brought cannot turn the map back, and an
 * unchanged answer keeps the same object (no render).
 */
export function getSeatMapQueryOptions(showId: string) {
  return queryOptions({
    queryKey: queryKeys.seatMap(showId),
    queryFn: ({ signal }) => getSeatMap(showId, signal),
    staleTime: 0,
    structuralSharing: (previous: unknown, next: unknown) => {
      const older = previous as SeatMap | undefined;
      const fresh = next as SeatMap;
      if (older && (older.version > fresh.version || sameShow(older, fresh))) {
        return older;
      }
      return fresh;
    },
  });
}
