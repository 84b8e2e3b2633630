import { AnimatePresence, motion } from 'motion/react';
import { Button } from '@/components/ui/Button';
import { formatSeats, plural } from '@/lib/format';
import './booking.css';

interface SelectionSummaryProps {
  selected: readonly number[];
  maxSeats: number;
  /** Set when the per-customer limit of the show is what caps the selection, not the per-booking one. */
  customerLimit: boolean;
  /** Set when the user tried to pick more seats than one booking may hold. */
  capReached: boolean;
  /** Seats someone else took while they were selected here: they left the selection. */
  taken: readonly number[];
  onRemove: (seat: number) => void;
  onClear: () => void;
}

/** "Seat 14 was just taken by someone else." */
export function takenNote(taken: readonly number[]): string {
  const seats = formatSeats(taken);
  return `${seats.charAt(0).toUpperCase()}${seats.slice(1)} ${taken.length === 1 ? 'was' : 'were'} just taken by someone else.`;
}

export function SelectionSummary({ selected, maxSeats, customerLimit, capReached, taken, onRemove, onClear }: SelectionSummaryProps) {
  return (
    <section className="card selection" aria-labelledby="selection-heading">
      <h2 id="selection-heading">Your selection</h2>
      <p className="selection__count" aria-live="polite">
        {plural(selected.length, 'seat')} selected of at most {maxSeats} {customerLimit ? 'per customer for this show' : 'per booking'}
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
        <>
          <ul className="chips" aria-label="Selected seats">
            <AnimatePresence initial={false}>
              {selected.map((seat) => (
                <motion.li
                  key={seat}
                  layout
                  initial={{ opacity: 0, scale: 0.6 }}
                  animate={{ opacity: 1, scale: 1 }}
                  exit={{ opacity: 0, scale: 0.6 }}
                  transition={{ duration: 0.15 }}
                >
                  <button type="button" className="chip" onClick={() => onRemove(seat)} aria-label={`Remove seat ${seat}`}>
                    {seat} <span aria-hidden="true">×</span>
                  </button>
                </motion.li>
              ))}
            </AnimatePresence>
          </ul>
          <Button variant="ghost" onClick={onClear}>
            Clear selection
          </Button>
        </>
      )}
    </section>
  );
}
