import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import { formatDuration } from '@/lib/format';
import type { BookingAction } from '../hooks/use-booking-flow';
import './booking.css';

/** The API's limit for the attendee's name (userName). */
export const MAX_ATTENDEE_LENGTH = 100;

interface BookingActionsProps {
  selectedCount: number;
  /** Why booking is not possible right now, if it is not. */
  blockedReason: string | undefined;
  action: BookingAction | null;
  /** Set while another part of the page (best available) is booking: these buttons wait. */
  busyElsewhere?: boolean;
  /** Whom the seats are for, if not the signed-in person. */
  attendee: string;
  /** The signed-in person's display name: the server's default attendee. */
  defaultAttendee: string;
  onAttendeeChange: (attendee: string) => void;
  onBook: () => void;
  onHold: () => void;
  /** How long a hold keeps its seats. */
  holdSeconds: number;
}

/** What Hold does, with the hold's length, said before anyone holds. */
export function holdHint(holdSeconds: number): string {
  return `Hold: seats are held for ${formatDuration(holdSeconds)}, so you can confirm later.`;
}

export function BookingActions({
  selectedCount,
  blockedReason,
  action,
  busyElsewhere = false,
  attendee,
  defaultAttendee,
  onAttendeeChange,
  onBook,
  onHold,
  holdSeconds,
}: BookingActionsProps) {
  const attendeeLength = attendee.trim().length;
  const attendeeError =
    attendeeLength > MAX_ATTENDEE_LENGTH ? `Use at most ${MAX_ATTENDEE_LENGTH} characters (now ${attendeeLength}).` : undefined;
  const reason =
    blockedReason ??
    (selectedCount === 0 ? 'Select at least one seat on the map.' : attendeeError ? 'Shorten the attendee name first.' : undefined);
  const disabled = reason !== undefined || action !== null || busyElsewhere;
  return (
    <div className="booking-actions">
      <TextField
        label="Attendee name (optional)"
        name="attendee"
        autoComplete="off"
        value={attendee}
        placeholder={defaultAttendee}
        onChange={(event) => onAttendeeChange(event.target.value)}
        hint={`Leave empty to book in your name, ${defaultAttendee}.`}
        error={attendeeError}
      />
      <div className="button-row">
        <Button busy={action === 'book'} disabled={disabled} onClick={onBook} aria-describedby="booking-actions-hint">
          Book now
        </Button>
        <Button
          variant="secondary"
          busy={action === 'hold'}
          disabled={disabled}
          onClick={onHold}
          aria-describedby="booking-actions-hint booking-actions-hold"
        >
          Hold
        </Button>
      </div>
      <p id="booking-actions-hint" className="field__hint">
        {reason ?? 'Book now confirms the seats at once.'}
      </p>
      <p id="booking-actions-hold" className="field__hint booking-actions__hold">
        {holdHint(holdSeconds)}
      </p>
    </div>
  );
}
