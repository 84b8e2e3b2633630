import { AnimatePresence, motion } from 'motion/react';
import { Button } from '@/components/ui/Button';
import { formatSeats, plural } from '@/lib/format';
import { formatPrice, type Price } from '../utils/venue';
import './booking.css';

export interface SelectedSeat {
  seat: number;
  /** "Stalls A-12", or "Seat 12" without a layout. */
  name: string;
}

interface SelectionSummaryProps {
  selected: readonly SelectedSeat[];
  /** What the selection costs, when its seats have prices. */
  total: Price | undefined;
  maxSeats: number;
  /** Set when the per-customer limit of the show is what caps the selection, not the per-booking one. */
  customerLimit: boolean;
  /** Set when the user tried to pick more seats than one booking may hold. */
  capReached: boolean;
  /** Seats someone else took while they were selected here: they left the selection. */
  taken: readonly SelectedSeat[];
  onRemove: (seat: number) => void;
  onClear: () => void;
}

/** "Seat 14 was just taken by someone else." / "Stalls A-3 and Stalls A-4 were just taken by someone else." */
export function takenNote(taken: readonly SelectedSeat[]): string {
  const plain = taken.every((seat) => seat.name === `Seat ${seat.seat}`);
  let seats: string;
  if (plain) {
    seats = formatSeats(taken.map((seat) => seat.seat));
  } else {
    const names = taken.map((seat) => seat.name);
    seats = names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  }
  return `${seats.charAt(0).toUpperCase()}${seats.slice(1)} ${taken.length === 1 ? 'was' : 'were'} just taken by someone else.`;
}

/** The seats picked on the map, with their total; each can be removed again. */
export function SelectionSummary({ selected, total, maxSeats, customerLimit, capReached, taken, onRemove, onClear }: SelectionSummaryProps) {
  return (
    <div className="selection">
      <p className="selection__count" aria-live="polite">
        {plural(selected.length, 'seat')} selected of at most {maxSeats} {customerLimit ? 'per customer for this show' : 'per booking'}
        {total && selected.length > 0 && (
          <>
            {' '}
            · <span className="selection__total">Total {formatPrice(total)}</span>
          </>
        )}
      </p>
      {/* Always mounted, so the note is announced when it appears. */}
      <p className="selection__taken" role="status">
        {taken.length > 0 && (
          <>
            <span aria-hidden="true">✕ </span>
            {takenNote(taken)} {taken.length === 1 ? 'It was' : 'They were'} removed from your selection.
          </>
        )}
      </p>
      {capReached && (
        <p className="selection__cap" role="alert">
          {customerLimit
            ? `You can hold at most ${plural(maxSeats, 'seat')} for this show.`
            : `You can book at most ${plural(maxSeats, 'seat')} at once.`}{' '}
          Deselect a seat to pick another.
        </p>
      )}
      {selected.length > 0 && (
        <div className="selection__details">
          <ul className="chips" aria-label="Selected seats">
            <AnimatePresence initial={false}>
              {selected.map(({ seat, name }) => {
                const plain = name === `Seat ${seat}`;
                return (
                  <motion.li
                    key={seat}
                    layout
                    initial={{ opacity: 0, scale: 0.6 }}
                    animate={{ opacity: 1, scale: 1 }}
                    exit={{ opacity: 0, scale: 0.6 }}
                    transition={{ duration: 0.15 }}
                  >
                    <button type="button" className="chip" onClick={() => onRemove(seat)} aria-label={plain ? `Remove seat ${seat}` : `Remove ${name}`}>
                      {plain ? seat : name} <span aria-hidden="true">×</span>
                    </button>
                  </motion.li>
                );
              })}
            </AnimatePresence>
          </ul>
          <Button variant="ghost" onClick={onClear}>
            Clear selection
          </Button>
        </div>
      )}
    </div>
  );
}
