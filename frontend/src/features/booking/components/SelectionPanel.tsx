import { useId, useState, type ReactNode } from 'react';
import { plural } from '@/lib/format';
import { formatPrice, type Price } from '../utils/venue';
import './selection-panel.css';

interface SelectionPanelProps {
  count: number;
  total: Price | undefined;
  children: ReactNode;
}

/**
 * The selection and the booking buttons, always in view: sticky beside the map on wide screens, a
 * sheet along the bottom of the screen on phones, which shows the count, the total and the buttons
 * and opens for the rest (the seats' names, the attendee).
 */
export function SelectionPanel({ count, total, children }: SelectionPanelProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="card selection-panel" data-open={open || undefined} aria-labelledby="selection-heading" data-testid="selection-panel">
      <div className="selection-panel__header">
        <h2 id="selection-heading">Your selection</h2>
        <span className="selection-panel__sum" aria-hidden="true">
          {plural(count, 'seat')}
          {total && count > 0 && ` · ${formatPrice(total)}`}
        </span>
        <button
          type="button"
          className="selection-panel__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Less' : 'Details'}
        </button>
      </div>
      <div id={`${id}-body`} className="selection-panel__body">
        {children}
      </div>
    </section>
  );
}
