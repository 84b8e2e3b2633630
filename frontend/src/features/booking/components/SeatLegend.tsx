import type { SeatState } from '../utils/seat-map';
import './seat-map.css';

const ENTRIES: { state: SeatState; label: string }[] = [
  { state: 'available', label: 'Available' },
  { state: 'selected', label: 'Selected' },
  { state: 'reserved', label: 'Reserved' },
  { state: 'mine', label: 'Yours' },
  { state: 'conflict', label: 'Just taken (your booking failed)' },
];

export function SeatLegend() {
  return (
    <ul className="seat-legend" aria-label="Seat legend">
      {ENTRIES.map(({ state, label }) => (
        <li key={state}>
          <span className="seat seat--sample" data-state={state} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
