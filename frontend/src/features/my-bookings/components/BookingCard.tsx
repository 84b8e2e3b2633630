import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { bookingCache } from '@/api/booking-cache';
import { useCancelBooking } from '@/api/cancel-booking';
import { useConfirmBooking } from '@/api/confirm-booking';
import { useExtendBooking } from '@/api/extend-booking';
import type { Booking, MyBooking } from '@/api/types';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Countdown } from '@/components/ui/Countdown';
import { cancelledWithShow, statusTitle } from '@/lib/booking-status';
import { formatDateTime, formatSeats } from '@/lib/format';
import { canExtend, noMoreTimeReason } from '@/lib/hold-extension';
import { describe, reasonText } from './booking-text';
import './my-bookings.css';

export type ShowSummary = MyBooking['show'];

interface BookingCardProps {
  booking: Booking;
  /** The booking's show, when known. */
  show: ShowSummary | undefined;
  /** The detail page shows the history and no link to itself. */
  detailed?: boolean;
  /** Called with a sentence describing what changed, for the page's live region. */
  onChanged: (message: string) => void;
}

/** One booking: its show, seats and status, and what its owner can still do with it. */
export function BookingCard({ booking, show, detailed = false, onChanged }: BookingCardProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const card = useRef<HTMLElement>(null);
  const focusAfterChange = useRef(false);
  const [asking, setAsking] = useState(false);
  const [overdue, setOverdue] = useState(false);
  const ref = { bookingId: booking.id, showId: booking.showId };
  const what = describe(booking, show?.name);

  const changed = (message: string) => (result: Booking) => {
    focusAfterChange.current = true;
    setAsking(false);
    onChanged(`${message}: ${describe(result, show?.name)}.`);
  };
  const confirm = useConfirmBooking();
  const cancel = useCancelBooking();
  const extend = useExtendBooking();
  const busy = confirm.isPending || cancel.isPending || extend.isPending;
  const error = [confirm, cancel, extend].reduce((a, b) => (b.submittedAt > a.submittedAt ? b : a)).error;

  // Its buttons change with its status: keep focus on the card rather than let it fall to the page.
  useEffect(() => {
    if (focusAfterChange.current) {
      focusAfterChange.current = false;
      card.current?.focus();
    }
  }, [booking.status]);

  function holdRanOut() {
    setOverdue(true);
    void bookingCache.refetch(queryClient, booking.id);
  }

  const pending = booking.status === 'PENDING' && !overdue;
  const cancellable = pending || booking.status === 'CONFIRMED';
  const extendable = pending && canExtend(booking);
  const noMoreTime = pending ? noMoreTimeReason(booking) : undefined;

  return (
    <article ref={card} className="card booking-card" data-status={booking.status} aria-labelledby={`${id}-show`} tabIndex={-1}>
      <div className="booking-card__head">
        <h2 id={`${id}-show`} className="booking-card__show">
          {show ? show.name : 'Booking'}
        </h2>
        <p className="booking-card__status">
          <span className="status-badge" data-status={booking.status}>
            {booking.status}
          </span>{' '}
          {statusTitle(booking)}
        </p>
      </div>
      <dl className="booking-card__facts">
        {show && (
          <div>
            <dt>Show starts</dt>
            <dd>
              <time dateTime={show.startTime}>{formatDateTime(show.startTime)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>Seats</dt>
          <dd>{formatSeats(booking.seats).replace(/^seats? /, '')}</dd>
        </div>
        <div>
          <dt>Attendee</dt>
          <dd>{booking.userName}</dd>
        </div>
        <div>
          <dt>Made</dt>
          <dd>
            <time dateTime={booking.createdAt}>{formatDateTime(booking.createdAt)}</time>
          </dd>
        </div>
      </dl>
      {booking.status === 'PENDING' && booking.expiresAt && <Countdown expiresAt={booking.expiresAt} onExpired={holdRanOut} />}
      {booking.status === 'FAILED' && booking.failureReason === 'SEATS_UNAVAILABLE' && (
        <p className="booking-card__note">
          Nothing was booked: {formatSeats(booking.conflictingSeats)} {booking.conflictingSeats.length === 1 ? 'was' : 'were'}{' '}
          already taken.
        </p>
      )}
      {pending && noMoreTime && <p className="booking-card__note">{noMoreTime}</p>}
      {cancelledWithShow(booking) && (
        <p className="booking-card__note">The show was cancelled, so this booking was cancelled and its seats released.</p>
      )}
      {error && <ApiErrorAlert error={error} />}
      <div className="button-row booking-card__actions">
        {pending && (
          <Button
            busy={confirm.isPending}
            disabled={busy}
            aria-label={`Confirm booking for ${what}`}
            onClick={() => confirm.mutate(ref, { onSuccess: changed('Booking confirmed') })}
          >
            Confirm booking
          </Button>
        )}
        {extendable && (
          <Button
            variant="secondary"
            busy={extend.isPending}
            disabled={busy}
            aria-label={`More time for ${what}`}
            onClick={() => extend.mutate(ref, { onSuccess: changed('More time') })}
          >
            More time
          </Button>
        )}
        {cancellable && (
          <Button
            variant="danger"
            disabled={busy}
            aria-label={`${pending ? 'Cancel hold' : 'Cancel booking'} for ${what}`}
            onClick={() => setAsking(true)}
          >
            {pending ? 'Cancel hold' : 'Cancel booking'}
          </Button>
        )}
        {!detailed && (
          <Link className="button button--ghost" to={`/my-bookings/${booking.id}`} aria-label={`Details of the booking for ${what}`}>
            Details
          </Link>
        )}
        <Link className="button button--ghost" to={`/booking/${booking.showId}`} aria-label={`Seat map of ${show?.name ?? 'the show'}`}>
          Seat map
        </Link>
      </div>
      {detailed && (
        <section className="booking-card__history" aria-labelledby={`${id}-history`}>
          <h3 id={`${id}-history`}>History</h3>
          <ol>
            {booking.history.map((change) => (
              <li key={`${change.at}:${change.reason}`}>
                <time dateTime={change.at}>{formatDateTime(change.at)}</time>: {reasonText(change.reason)}
              </li>
            ))}
          </ol>
        </section>
      )}
      {asking && (
        <ConfirmDialog
          title={pending ? 'Cancel this hold?' : 'Cancel this booking?'}
          confirmLabel={pending ? 'Cancel hold' : 'Cancel booking'}
          cancelLabel={pending ? 'Keep hold' : 'Keep booking'}
          busy={cancel.isPending}
          onCancel={() => setAsking(false)}
          onConfirm={() =>
            cancel.mutate(ref, {
              onSuccess: changed(pending ? 'Hold cancelled' : 'Booking cancelled'),
              onError: () => setAsking(false),
            })
          }
        >
          <p>
            {formatSeats(booking.seats).replace(/^s/, 'S')}
            {show ? ` for ${show.name}` : ''} will be released, and anyone may book {booking.seats.length === 1 ? 'it' : 'them'}.
            This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </article>
  );
}
