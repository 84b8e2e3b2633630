import { useEffect, useState } from 'react';
import type { SeatMap } from '../api/get-seat-map';
import { isReserved } from '../utils/seat-bitmap';

export const SELECTION_STORAGE_KEY = 'seat-booking.selection';

type SelectionsByShow = Record<string, number[]>;

function readSelections(): SelectionsByShow {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(SELECTION_STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as SelectionsByShow) : {};
  } catch {
    return {};
  }
}

function storeSelection(showId: string, seats: readonly number[]) {
  const selections = readSelections();
  if (seats.length > 0) {
    selections[showId] = [...seats].sort((a, b) => a - b);
  } else {
    delete selections[showId];
  }
  window.sessionStorage.setItem(SELECTION_STORAGE_KEY, JSON.stringify(selections));
}

/** What was picked on this show's map earlier in this tab, minus seats that are no longer free or never existed. */
function restoreSelection(show: SeatMap): ReadonlySet<number> {
  const stored: unknown = readSelections()[show.id];
  if (!Array.isArray(stored)) {
    return new Set();
  }
  const seats = stored.filter(
    (seat): seat is number => Number.isInteger(seat) && seat >= 1 && seat <= show.totalSeats && !isReserved(show.reserved, seat),
  );
  return new Set(seats.slice(0, Math.min(show.maxSeatsPerBooking, show.maxSeatsPerCustomer)));
}

/**
 * The seats picked on a show's map. Kept per show in this tab's sessionStorage, so they survive a
 * trip to the sign-in page (a visitor about to book, or a session that ended) and a reload.
 */
export function useSeatSelection(show: SeatMap): [ReadonlySet<number>, (next: ReadonlySet<number>) => void] {
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => restoreSelection(show));
  useEffect(() => {
    storeSelection(show.id, [...selected]);
  }, [show.id, selected]);
  return [selected, setSelected];
}
