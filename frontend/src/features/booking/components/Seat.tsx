import { memo } from 'react';
import { seatLabel, type SeatState } from '../utils/seat-map';
import './seat-map.css';

interface SeatProps {
  seat: number;
  state: SeatState;
  /** The one seat of the grid reachable with Tab (roving tabindex). */
  tabbable: boolean;
}

/**
 * One cell of the seat grid. Deliberately light: no handlers of its own (the grid delegates) and
 * memoised, so toggling a seat re-renders that seat only. The state shows as colour, pattern and
 * icon (see the CSS for data-state) and is spelled out in the accessible name.
 */
export const Seat = memo(function Seat({ seat, state, tabbable }: SeatProps) {
  return (
    <div
      role="gridcell"
      className="seat"
      data-seat={seat}
      data-state={state}
      aria-label={seatLabel(seat, state)}
      aria-selected={state === 'selected'}
      aria-disabled={state === 'reserved' || state === 'mine' || undefined}
      tabIndex={tabbable ? 0 : -1}
    >
      {seat}
    </div>
  );
});
