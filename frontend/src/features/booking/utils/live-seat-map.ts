import type { SeatChange, SeatSnapshot } from '@/api/show-events';
import type { SeatMap } from '../api/get-seat-map';
import { bitsFromSeats, countReserved, withChanges, type SeatBits } from './seat-bitmap';

function withReserved(map: SeatMap, reserved: SeatBits, version: number): SeatMap {
  const reservedCount = countReserved(reserved);
  return { ...map, version, reserved, reservedCount, availableCount: map.totalSeats - reservedCount };
}

/** The map with the snapshot's seats, unless the map is already as new or newer. */
export function applySeatSnapshot(map: SeatMap, snapshot: SeatSnapshot): SeatMap {
  if (snapshot.showId !== map.id || snapshot.version <= map.version) {
    return map;
  }
  return withReserved(map, bitsFromSeats(map.totalSeats, snapshot.reservedSeats), snapshot.version);
}

/**
 * The map with the changes applied in version order; a change at or below the map's version is in
 * it already (a replay after a reconnect, or a fetch newer than the stream) and is skipped.
 */
export function applySeatChanges(map: SeatMap, changes: readonly SeatChange[]): SeatMap {
  let at = map.version;
  const fresh = changes
    .filter((change) => change.showId === map.id)
    .sort((a, b) => a.version - b.version)
    .filter((change) => {
      if (change.version <= at) {
        return false;
      }
      at = change.version;
      return true;
    });
  if (fresh.length === 0) {
    return map;
  }
  let reserved = map.reserved;
  for (const change of fresh) {
    reserved = withChanges(reserved, change.reserved, change.released);
  }
  return withReserved(map, reserved, at);
}
