import type { Booking } from '@/api/types';
import { Button } from '@/components/ui/Button';
import { formatCountdown, formatSeats, formatTime } from '@/lib/format';
import { canExtend, noMoreTimeReason } from '@/lib/hold-extension';
import { useCountdown } from '@/lib/use-countdown';
import './hold-timer.css';

/** From this many seconds left, the timer warns and says so once to screen readers. */
export const WARNING_SECONDS = 60;

interface HoldTimerProps {
  /** A PENDING booking with its deadline. */
  booking: Booking & { expiresAt: string };
  /** The deadline the person's latest "More time" gave, to say so once. */
  extendedUntil: string | undefined;
  busy: boolean;
  /** Set while no write may be sent (e.g. after a 429): the button waits too. */
  disabled: boolean;
  onExtend: () => void;
  onExpired: () => void;
}

/**
 * The time left on the person's hold, kept in view (sticky) on every screen size, with "More time"
 * while the hold may still be extended. Its live region speaks only when something happens: a
 * minute left, more time given, time up; the ticking timer itself is not announced.
 */
export function HoldTimer({ booking, extendedUntil, busy, disabled, onExtend, onExpired }: HoldTimerProps) {
  const seconds = useCountdown(booking.expiresAt, onExpired);
  const remaining = formatCountdown(seconds);
  const warning = seconds > 0 && seconds <= WARNING_SECONDS;
  const extendable = canExtend(booking);
  const reason = noMoreTimeReason(booking);
  const extended = extendedUntil === booking.expiresAt;

  let announcement = '';
  if (seconds === 0) {
    announcement = 'Time is up: your hold expired and the seats are being released.';
  } else if (warning) {
    announcement = `One minute left to confirm ${formatSeats(booking.seats)}.`;
  } else if (extended) {
    announcement = `More time: ${formatSeats(booking.seats)} ${booking.seats.length === 1 ? 'is' : 'are'} held until ${formatTime(booking.expiresAt)}.`;
  }

  return (
    <section className="hold-timer" data-warning={warning || undefined} data-expired={seconds === 0 || undefined} aria-label="Hold timer">
      <p className="hold-timer__time">
        {seconds > 0 ? 'Time left to confirm: ' : 'Time is up. Releasing the seats… '}
        <span role="timer" aria-label={`${remaining} left to confirm`} className="hold-timer__clock">
          {remaining}
        </span>
      </p>
      {warning && (
        <p className="hold-timer__warning">
          <span aria-hidden="true">⚠ </span>Less than a minute left. Confirm now{extendable ? ' or ask for more time' : ''}.
        </p>
      )}
      {seconds > 0 && !extendable && reason && <p className="hold-timer__note">{reason}</p>}
      {seconds > 0 && extendable && (
        <Button variant={warning ? 'primary' : 'secondary'} className="hold-timer__more" busy={busy} disabled={disabled} onClick={onExtend}>
          More time
        </Button>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
