import { describe, expect, it } from 'vitest';
import { aShowDetail, SHOW_ID } from '@/testing/data';
import { applyChanges, applySnapshot, isNewer, parseChange, parseSnapshot, type SeatChange } from './show-events';

const show = aShowDetail({ totalSeats: 10, reservedSeats: [2, 3], version: 5 });

function change(version: number, reserved: number[], released: number[] = []): SeatChange {
  return { showId: SHOW_ID, version, reserved, released };
}

describe('show events', () => {
  it('reads snapshots and changes, and nothing malformed', () => {
    expect(
      parseSnapshot(JSON.stringify({ showId: SHOW_ID, version: 7, totalSeats: 10, reservedSeats: [1], availableSeats: [2] })),
    ).toEqual({ showId: SHOW_ID, version: 7, totalSeats: 10, reservedSeats: [1] });
    expect(parseChange(JSON.stringify({ showId: SHOW_ID, version: 8, reserved: [4] }))).toEqual(change(8, [4]));
    expect(parseChange('not json')).toBeUndefined();
    expect(parseChange(JSON.stringify({ showId: SHOW_ID, version: -1, reserved: [] }))).toBeUndefined();
    expect(parseChange(JSON.stringify({ showId: SHOW_ID, version: 9, reserved: ['4'] }))).toBeUndefined();
    expect(parseSnapshot(JSON.stringify({ showId: SHOW_ID, version: 9 }))).toBeUndefined();
  });

  it('takes a newer snapshot whole, counts included, and ignores an older or equal one', () => {
    const next = applySnapshot(show, { showId: SHOW_ID, version: 6, totalSeats: 10, reservedSeats: [1, 10] });

    expect(next).toMatchObject({ version: 6, reservedSeats: [1, 10], reservedCount: 2, availableCount: 8 });
    expect(next.availableSeats).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(applySnapshot(show, { showId: SHOW_ID, version: 5, totalSeats: 10, reservedSeats: [] })).toBe(show);
    expect(applySnapshot(show, { showId: SHOW_ID, version: 4, totalSeats: 10, reservedSeats: [] })).toBe(show);
  });

  it('applies changes in version order and skips those already in the map', () => {
    const next = applyChanges(show, [change(8, [9], [4]), change(5, [7]), change(6, [4, 5], [2]), change(7, [], [5])]);

    // 5 is what the map already shows; then 6, 7, 8 in order, whatever order they came in.
    expect(next.reservedSeats).toEqual([3, 9]);
    expect(next.version).toBe(8);
    expect(next.reservedCount).toBe(2);
    expect(applyChanges(next, [change(8, [1])])).toBe(next);
  });

  it('applies the first change to a map at version 0, and ignores other shows', () => {
    const fresh = aShowDetail({ reservedSeats: [], version: 0 });

    expect(applyChanges(fresh, [change(1, [1])]).reservedSeats).toEqual([1]);
    expect(applyChanges(fresh, [{ ...change(1, [1]), showId: 'another' }])).toBe(fresh);
  });

  it('knows which copy is newer', () => {
    expect(isNewer({ ...show, version: 9 }, show)).toBe(true);
    expect(isNewer(show, { ...show, version: 9 })).toBe(false);
    expect(isNewer(show, show)).toBe(false);
    expect(isNewer(undefined, show)).toBe(false);
  });
});
