import type { CSSProperties } from 'react';
import { SEAT_COLOURS } from '../utils/draw-seats';
import type { SeatState } from '../utils/seat-map';
import { formatPrice, type PriceCategory } from '../utils/venue';
import './seat-map.css';

const ENTRIES: { state: SeatState; label: string }[] = [
  { state: 'available', label: 'Available' },
  { state: 'selected', label: 'Selected' },
  { state: 'reserved', label: 'Reserved' },
  { state: 'mine', label: 'Yours' },
  { state: 'conflict', label: 'Just taken (your booking failed)' },
];

interface SeatLegendProps {
  /** Price categories, dearest first: free seats show in their category's colour. */
  categories: readonly PriceCategory[];
  /** The canvas map draws states as plain squares; the grid as styled seats. */
  canvas: boolean;
}

const CANVAS_COLOURS: Record<SeatState, string> = {
  available: '#5b6fd6',
  selected: SEAT_COLOURS.selected,
  reserved: SEAT_COLOURS.reserved,
  mine: SEAT_COLOURS.mine,
  conflict: SEAT_COLOURS.conflict,
};

export function SeatLegend({ categories, canvas }: SeatLegendProps) {
  const entries = categories.length > 0 ? ENTRIES.filter((entry) => entry.state !== 'available') : ENTRIES;
  return (
    <div className="seat-legends">
      {categories.length > 0 && (
        <ul className="seat-legend seat-legend--prices" aria-label="Prices">
          {categories.map((category) => (
            <li key={`${category.price.currency}${category.price.amount}`}>
              <span
                className={canvas ? 'seat-swatch' : 'seat seat--sample'}
                data-state="available"
                style={{ '--category': category.colour, '--category-soft': `${category.colour}1f`, '--swatch': category.colour } as CSSProperties}
                aria-hidden="true"
              />
              <span>
                <strong>{formatPrice(category.price)}</strong>
                {category.sections.length > 0 && ` · ${category.sections.join(', ')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ul className="seat-legend" aria-label="Seat legend">
        {entries.map(({ state, label }) => (
          <li key={state}>
            {canvas ? (
              <span className="seat-swatch" data-state={state} style={{ '--swatch': CANVAS_COLOURS[state] } as CSSProperties} aria-hidden="true" />
            ) : (
              <span className="seat seat--sample" data-state={state} aria-hidden="true" />
            )}
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
