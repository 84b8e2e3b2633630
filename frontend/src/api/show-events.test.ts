import { describe, expect, it } from 'vitest';
import { aShowDetail, SHOW_ID } from '@/testing/data';
import { isNewer, parseChange, parseSnapshot, type SeatChange } from './show-events';

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

  it('knows which copy is newer', () => {
    expect(isNewer({ ...show, version: 9 }, show)).toBe(true);
    expect(isNewer(show, { ...show, version: 9 })).toBe(false);
    expect(isNewer(show, show)).toBe(false);
    expect(isNewer(undefined, show)).toBe(false);
  });
});
