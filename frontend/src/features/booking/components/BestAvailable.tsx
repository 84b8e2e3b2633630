import { useId, useState } from 'react';
import { Button } from '@/components/ui/Button';
import type { BestAvailableInput } from '../api/book-seats';
import type { BookingAction } from '../hooks/use-booking-flow';
import './best-available.css';

export type BestPick = Omit<BestAvailableInput, 'hold' | 'userName'>;

interface BestAvailableProps {
  /** The most seats one booking may take (and the person may still have). */
  max: number;
  /** Sections to choose from; none or one: no choice offered. */
  sections: readonly string[];
  /** Why the server cannot be asked right now, if it cannot. */
  blockedReason: string | undefined;
  action: BookingAction | null;
  /** Set while the latest booking was a best-available one, so its buttons show the progress. */
  picking: boolean;
  onPick: (pick: BestPick, hold: boolean) => void;
}

/**
 * "Best available": the person says how many seats (and optionally where, and whether they must sit
 * together) and the server picks the best free ones: front to back, centre out. The seats it picked,
 * their labels and the total come back in the booking panel and show on the map as "yours".
 */
export function BestAvailable({ max, sections, blockedReason, action, picking, onPick }: BestAvailableProps) {
  const id = useId();
  const [quantity, setQuantity] = useState(Math.min(2, Math.max(1, max)));
  const [section, setSection] = useState('');
  const [together, setTogether] = useState(true);
  const chosen = Math.min(quantity, Math.max(1, max));
  const pick: BestPick = { quantity: chosen, together, ...(section ? { section } : {}) };
  const disabled = blockedReason !== undefined || action !== null || max < 1;
  return (
    <section className="card best-available" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Best available</h2>
      <p className="field__hint best-available__intro">Say how many seats; we pick the best free ones, front to back and centre out.</p>
      <div className="best-available__fields">
        <div className="field">
          <label htmlFor={`${id}-quantity`}>
            Seats
          </label>
          <select
            id={`${id}-quantity`}
           
            value={chosen}
            onChange={(event) => setQuantity(Number(event.target.value))}
            disabled={max < 1}
          >
            {Array.from({ length: Math.max(1, max) }, (_, index) => index + 1).map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </div>
        {sections.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-section`}>
              Section
            </label>
            <select id={`${id}-section`} value={section} onChange={(event) => setSection(event.target.value)}>
              <option value="">Any section</option>
              {sections.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <label className="best-available__together">
        <input type="checkbox" checked={together} onChange={(event) => setTogether(event.target.checked)} />
        Seats together (side by side in one row)
      </label>
      <div className="button-row">
        <Button busy={picking && action === 'book'} disabled={disabled} onClick={() => onPick(pick, false)} aria-describedby={`${id}-hint`}>
          Book best {chosen === 1 ? 'seat' : `${chosen} seats`}
        </Button>
        <Button
          variant="secondary"
          busy={picking && action === 'hold'}
          disabled={disabled}
          onClick={() => onPick(pick, true)}
          aria-describedby={`${id}-hint`}
        >
          Hold best {chosen === 1 ? 'seat' : `${chosen} seats`}
        </Button>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {blockedReason ?? (together ? 'All in one row, or nothing.' : 'Side by side where possible, else over the fewest rows.')}
      </p>
    </section>
  );
}
