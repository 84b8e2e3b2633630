import { describe, expect, it } from 'vitest';
import type { SeatChange } from '@/api/show-events';
import { aShowDetail, SHOW_ID } from '@/testing/data';
import { toSeatMap } from '../api/get-seat-map';
import { applySeatChanges, applySeatSnapshot } from './live-seat-map';
import { reservedSeatsOf } from './seat-bitmap';

const map = toSeatMap(aShowDetail({ totalSeats: 10, reservedSeats: [2, 3], version: 5 }));

function change(version: number, reserved: number[], released: number[] = []): SeatChange {
  return { showId: SHOW_ID, version, reserved, released };
}

describe('the live seat map', () => {
  it('takes a newer snapshot whole, counts included, and ignores an older or equal one', () => {
    const next = applySeatSnapshot(map, { showId: SHOW_ID, version: 6, totalSeats: 10, reservedSeats: [1, 10] });

    expect(next).toMatchObject({ version: 6, reservedCount: 2, availableCount: 8 });
    expect(reservedSeatsOf(next.reserved, 10)).toEqual([1, 10]);
    expect(applySeatSnapshot(map, { showId: SHOW_ID, version: 5, totalSeats: 10, reservedSeats: [] })).toBe(map);
    expect(applySeatSnapshot(map, { showId: SHOW_ID, version: 4, totalSeats: 10, reservedSeats: [] })).toBe(map);
  });

  it('applies changes in version order and skips those already in the map', () => {
    const next = applySeatChanges(map, [change(8, [9], [4]), change(5, [7]), change(6, [4, 5], [2]), change(7, [], [5])]);

    // 5 is what the map already shows; then 6, 7, 8 in order, whatever order they came in.
    expect(reservedSeatsOf(next.reserved, 10)).toEqual([3, 9]);
    expect(next.version).toBe(8);
    expect(next.reservedCount).toBe(2);
    expect(applySeatChanges(next, [change(8, [1])])).toBe(next);
  });

  it('applies the first change to a map at version 0, and ignores other shows', () => {
    const fresh = toSeatMap(aShowDetail({ reservedSeats: [], version: 0 }));

    expect(reservedSeatsOf(applySeatChanges(fresh, [change(1, [1])]).reserved, fresh.totalSeats)).toEqual([1]);
    expect(applySeatChanges(fresh, [{ ...change(1, [1]), showId: 'another' }])).toBe(fresh);
  });
});
