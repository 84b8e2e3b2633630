import { memo } from 'react';
import type { SeatState } from '../utils/seat-map';
import './seat-map.css';

interface SeatProps {
  seat: number;
  /** What the seat shows: its place in the row, or its number without a layout. */
  text: string;
  state: SeatState;
  /** "Stalls A-12, available, €45.00". */
  label: string;
  /** An aisle comes before this seat. */
  aisle: boolean;
  /** The one seat of the map reachable with Tab (roving tabindex). */
  tabbable: boolean;
}

/**
 * One cell of the seat grid. Deliberately light: no handlers of its own (the grid delegates) and
 * memoised, so toggling a seat re-renders that seat only. The state shows as colour, pattern and
 * icon (see the CSS for data-state) and is spelled out in the accessible name.
 */
export const Seat = memo(function Seat({ seat, text, state, label, aisle, tabbable }: SeatProps) {
  return (
    <div
      role="gridcell"
      className="seat"
      data-seat={seat}
      data-state={state}
      data-aisle={aisle || undefined}
      aria-label={label}
      aria-selected={state === 'selected'}
      aria-disabled={state === 'reserved' || state === 'mine' || undefined}
      tabIndex={tabbable ? 0 : -1}
    >
      {text}
    </div>
  );
});
