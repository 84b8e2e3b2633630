import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '@/testing/fake-api';
import { bitsFromSeats, encodeBitmap, isReserved } from '../utils/seat-bitmap';
import { getSeatMap } from './get-seat-map';

const SHOW = '4a7c2f3e-9b1d-4c8e-a5f6-0d1e2f3a4b5c';

function bitmapView(reserved: number[]) {
  return { id: SHOW, name: 'Arena', totalSeats: 16, version: 3, reservedBitmap: encodeBitmap(bitsFromSeats(16, reserved)) };
}

afterEach(() => {
  delete window.__seatMapPrefetch;
  vi.restoreAllMocks();
});

describe('the seat map index.html asked for early', () => {
  it('is the first read of that show, taken once: the next read asks the server', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.resolve(json(bitmapView([1, 2, 3]))));
    window.__seatMapPrefetch = { showId: SHOW, response: Promise.resolve(json(bitmapView([5]))) };

    const first = await getSeatMap(SHOW.toUpperCase());
    expect(fetch).not.toHaveBeenCalled();
    expect(isReserved(first.reserved, 5)).toBe(true);
    expect(first.availableCount).toBe(15);

    const second = await getSeatMap(SHOW);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(second.availableCount).toBe(13);
  });

  it('is not used for another show', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.resolve(json(bitmapView([1]))));
    window.__seatMapPrefetch = { showId: '00000000-0000-4000-8000-000000000000', response: Promise.resolve(json(bitmapView([5]))) };

    const map = await getSeatMap(SHOW);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(isReserved(map.reserved, 1)).toBe(true);
    expect(window.__seatMapPrefetch).toBeDefined();
  });

  it('that failed or was refused is asked for again, so the page shows the usual answer', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(() => Promise.resolve(problem(404, 'show-not-found', 'Show not found', 'No show has this id.')));
    window.__seatMapPrefetch = { showId: SHOW, response: Promise.resolve(null) };
    await expect(getSeatMap(SHOW)).rejects.toMatchObject({ status: 404 });
    expect(fetch).toHaveBeenCalledTimes(1);

    window.__seatMapPrefetch = { showId: SHOW, response: Promise.resolve(problem(503, 'unavailable', 'Unavailable', 'Try again.')) };
    await expect(getSeatMap(SHOW)).rejects.toMatchObject({ status: 404 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
