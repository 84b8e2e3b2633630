import { AnimatePresence, motion } from 'motion/react';
import { Button } from '@/components/ui/Button';
import { plural } from '@/lib/format';
import './booking.css';

interface SelectionSummaryProps {
  selected: readonly number[];
  maxSeats: number;
  /** Set when the user tried to pick more seats than one booking may hold. */
  capReached: boolean;
  onRemove: (seat: number) => void;
  onClear: () => void;
}

export function SelectionSummary({ selected, maxSeats, capReached, onRemove, onClear }: SelectionSummaryProps) {
  return (
    <section className="card selection" aria-labelledby="selection-heading">
      <h2 id="selection-heading">Your selection</h2>
      <p className="selection__count" aria-live="polite">
        {plural(selected.length, 'seat')} selected of at most {maxSeats} per booking
      </p>
      {capReached && (
        <p className="selection__cap" role="alert">
          You can book at most {plural(maxSeats, 'seat')} at once. Deselect a seat to pick another.
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
