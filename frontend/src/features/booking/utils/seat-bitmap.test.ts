import { describe, expect, it } from 'vitest';
import {
  bitsFromRanges,
  bitsFromSeats,
  countReserved,
  decodeBitmap,
  encodeBitmap,
  isReserved,
  reservedSeatsOf,
  withChanges,
} from './seat-bitmap';

describe('seat bitmap', () => {
  it('reads seat n as bit n-1, most significant bit first, as the API writes it', () => {
    // Seats 1 and 8 in the first byte (0x81), seat 9 in the second (0x80), seat 20 (0x10 of byte 3).
    const base64 = btoa(String.fromCharCode(0x81, 0x80, 0x10));
    const bits = decodeBitmap(base64, 20);

    expect(reservedSeatsOf(bits, 20)).toEqual([1, 8, 9, 20]);
    expect(isReserved(bits, 2)).toBe(false);
    expect(countReserved(bits)).toBe(4);
  });

  it('ignores bits past the last seat and bytes past the map', () => {
    const bits = decodeBitmap(btoa(String.fromCharCode(0xff, 0xff, 0xff)), 10);

    expect(bits).toHaveLength(2);
    expect(reservedSeatsOf(bits, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(countReserved(bits)).toBe(10);
  });

  it('decodes a 100,000-seat map of 12,500 bytes and encodes it back', () => {
    const seats = Array.from({ length: 50_000 }, (_, index) => index * 2 + 1);
    const bits = bitsFromSeats(100_000, seats);
    const again = decodeBitmap(encodeBitmap(bits), 100_000);

    expect(bits).toHaveLength(12_500);
    expect(countReserved(again)).toBe(50_000);
    expect(isReserved(again, 99_999)).toBe(true);
    expect(isReserved(again, 100_000)).toBe(false);
  });

  it('reads the compact view’s inclusive ranges and the full view’s arrays alike', () => {
    expect(reservedSeatsOf(bitsFromRanges(60, [[1, 3], [57, 57]]), 60)).toEqual([1, 2, 3, 57]);
    expect(reservedSeatsOf(bitsFromSeats(10, [0, 4, 11]), 10)).toEqual([4]);
  });

  it('applies changes to a copy: released first, then reserved', () => {
    const before = bitsFromSeats(16, [1, 2]);
    const after = withChanges(before, [2, 16], [1, 2]);

    expect(reservedSeatsOf(after, 16)).toEqual([2, 16]);
    expect(reservedSeatsOf(before, 16)).toEqual([1, 2]);
  });
});
