import { Button } from '@/components/ui/Button';
import type { BookingAction } from '../hooks/use-booking-flow';
import './booking.css';

interface BookingActionsProps {
  selectedCount: number;
  /** Why booking is not possible right now, if it is not. */
  blockedReason: string | undefined;
  action: BookingAction | null;
  onBook: () => void;
  onHold: () => void;
}

export function BookingActions({ selectedCount, blockedReason, action, onBook, onHold }: BookingActionsProps) {
  const reason = blockedReason ?? (selectedCount === 0 ? 'Select at least one seat on the map.' : undefined);
  const disabled = reason !== undefined || action !== null;
  return (
    <div className="booking-actions">
      <div className="button-row">
        <Button busy={action === 'book'} disabled={disabled} onClick={onBook} aria-describedby="booking-actions-hint">
          Book now
        </Button>
        <Button variant="secondary" busy={action === 'hold'} disabled={disabled} onClick={onHold} aria-describedby="booking-actions-hint">
          Hold
        </Button>
      </div>
      <p id="booking-actions-hint" className="field__hint">
        {reason ?? 'Book now confirms at once. Hold keeps the seats for a short while so you can confirm later.'}
      </p>
    </div>
  );
}
