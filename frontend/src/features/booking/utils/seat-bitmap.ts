/**
 * Which seats are taken, one bit per seat, as GET /shows/{id}?view=bitmap sends it: seat n is bit
 * (n - 1), in byte (n - 1) >> 3 under the mask 0x80 >> ((n - 1) & 7); 1 = reserved. A 100,000-seat
 * map is 12.5 KB, copied whole for each change (cheap) so React sees a new value.
 */
export type SeatBits = Uint8Array;

export function emptyBits(totalSeats: number): SeatBits {
  return new Uint8Array(Math.ceil(totalSeats / 8));
}

export function isReserved(bits: SeatBits, seat: number): boolean {
  const index = seat - 1;
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

function set(bits: SeatBits, seat: number, reserved: boolean) {
  const index = seat - 1;
  const byte = index >> 3;
  if (byte < 0 || byte >= bits.length) {
    return;
  }
  const mask = 0x80 >> (index & 7);
  bits[byte] = reserved ? (bits[byte] ?? 0) | mask : (bits[byte] ?? 0) & ~mask;
}

/** Decodes the base64 of the bitmap view; a string that is not base64 throws. */
export function decodeBitmap(base64: string, totalSeats: number): SeatBits {
  const text = atob(base64);
  const bits = emptyBits(totalSeats);
  const length = Math.min(text.length, bits.length);
  for (let index = 0; index < length; index++) {
    bits[index] = text.charCodeAt(index);
  }
  // Bits past the last seat mean nothing.
  const spare = bits.length * 8 - totalSeats;
  if (spare > 0 && bits.length > 0) {
    bits[bits.length - 1] = (bits[bits.length - 1] ?? 0) & (0xff << spare);
  }
  return bits;
}

/** The inverse of decodeBitmap (for tests and fakes). */
export function encodeBitmap(bits: SeatBits): string {
  let text = '';
  for (let start = 0; start < bits.length; start += 0x8000) {
    text += String.fromCharCode(...bits.subarray(start, start + 0x8000));
  }
  return btoa(text);
}

export function bitsFromSeats(totalSeats: number, seats: Iterable<number>): SeatBits {
  const bits = emptyBits(totalSeats);
  for (const seat of seats) {
    if (seat >= 1 && seat <= totalSeats) {
      set(bits, seat, true);
    }
  }
  return bits;
}

/** From the compact view's inclusive runs, e.g. [[1, 40], [57, 57]]. */
export function bitsFromRanges(totalSeats: number, ranges: readonly (readonly number[])[]): SeatBits {
  const bits = emptyBits(totalSeats);
  for (const [from = 0, to = from] of ranges) {
    for (let seat = Math.max(1, from); seat <= Math.min(to, totalSeats); seat++) {
      set(bits, seat, true);
    }
  }
  return bits;
}

/** A copy with the changes applied: released seats freed first, then the newly reserved taken. */
export function withChanges(bits: SeatBits, reserved: Iterable<number>, released: Iterable<number>): SeatBits {
  const next = bits.slice();
  for (const seat of released) {
    set(next, seat, false);
  }
  for (const seat of reserved) {
    set(next, seat, true);
  }
  return next;
}

const ONES = Uint8Array.from({ length: 256 }, (_, byte) => {
  let count = 0;
  for (let value = byte; value > 0; value >>= 1) {
    count += value & 1;
  }
  return count;
});

export function countReserved(bits: SeatBits): number {
  let count = 0;
  for (const byte of bits) {
    count += ONES[byte] ?? 0;
  }
  return count;
}

/** The reserved seats, ascending (for small maps and tests). */
export function reservedSeatsOf(bits: SeatBits, totalSeats: number): number[] {
  const seats: number[] = [];
  for (let seat = 1; seat <= totalSeats; seat++) {
    if (isReserved(bits, seat)) {
      seats.push(seat);
    }
  }
  return seats;
}

export function sameBits(a: SeatBits, b: SeatBits): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) {
      return false;
    }
  }
  return true;
}
