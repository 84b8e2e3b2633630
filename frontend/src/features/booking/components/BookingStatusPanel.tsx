import { AnimatePresence, motion } from 'motion/react';
import { useCallback, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Booking } from '@/api/types';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { statusTitle as title } from '@/lib/booking-status';
import { formatSeats } from '@/lib/format';
import type { BookingAction } from '../hooks/use-booking-flow';
import { formatPrice, type Price } from '../utils/venue';
import './status-panel.css';

interface BookingStatusPanelProps {
  booking: Booking;
  /** Names seats by the venue's layout ("Stalls A-12"); without it seats are numbers. */
  nameOf?: (seat: number) => string;
  action: BookingAction | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** Set while no write may be sent (after a 429): the buttons wait. */
  paused?: boolean;
}

/** "seat 4", "seats 4 and 7"; with a layout "Stalls A-4 and Stalls A-7". */
function seatsText(seats: readonly number[], nameOf: ((seat: number) => string) | undefined): string {
  if (!nameOf) {
    return formatSeats(seats);
  }
  const names = [...seats].sort((a, b) => a - b).map(nameOf);
  return names.length <= 1 ? (names[0] ?? 'no seats') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The booking's total price (issue 12's totalPrice), when the API sends one. */
function totalOf(booking: Booking): string | undefined {
  const total = (booking as { totalPrice?: Price | null }).totalPrice;
  return total && typeof total.amount === 'string' && typeof total.currency === 'string' ? formatPrice(total) : undefined;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "is" for one seat, "are" for several (or any other pair of verb forms). */
function verb(seats: readonly number[], one: string, many: string): string {
  return seats.length === 1 ? one : many;
}

/** Cancelling frees the seats for anyone: asked first, in a dialog that names them. */
function CancelButton({ booking, nameOf, action, paused, onCancel }: Pick<BookingStatusPanelProps, 'booking' | 'nameOf' | 'action' | 'paused' | 'onCancel'>) {
  const [asking, setAsking] = useState(false);
  const hold = booking.status === 'PENDING';
  const label = hold ? 'Cancel hold' : 'Cancel booking';
  return (
    <>
      <Button variant="danger" busy={action === 'cancel'} disabled={action !== null || paused} onClick={() => setAsking(true)}>
        {label}
      </Button>
      {asking && (
        <ConfirmDialog
          title={hold ? 'Cancel this hold?' : 'Cancel this booking?'}
          confirmLabel={label}
          cancelLabel={hold ? 'Keep hold' : 'Keep booking'}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            onCancel();
          }}
        >
          <p>
            {capitalised(seatsText(booking.seats, nameOf))} will be released, and anyone may book{' '}
            {verb(booking.seats, 'it', 'them')}. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

function Details({ booking, nameOf, action, paused, onConfirm, onCancel }: BookingStatusPanelProps) {
  const seats = seatsText(booking.seats, nameOf);
  const total = totalOf(booking);
  const totalText = total ? ` Total ${total}.` : '';
  switch (booking.status) {
    case 'PENDING':
      return (
        <>
          <p>
            {capitalised(seats)} {verb(booking.seats, 'is', 'are')} held for you. Confirm before the time runs out, or{' '}
            {verb(booking.seats, 'it goes', 'they go')} back on sale.{totalText}
          </p>
          <div className="button-row">
            <Button busy={action === 'confirm'} disabled={action !== null || paused} onClick={onConfirm}>
              Confirm booking
            </Button>
            <CancelButton booking={booking} nameOf={nameOf} action={action} paused={paused} onCancel={onCancel} />
          </div>
        </>
      );
    case 'CONFIRMED':
      return (
        <>
          <p>
            {capitalised(seats)} {verb(booking.seats, 'is', 'are')} booked for {booking.userName}. Find{' '}
            {verb(booking.seats, 'it', 'them')} any time in <Link to="/my-bookings">My bookings</Link>.{totalText}
          </p>
          <CancelButton booking={booking} nameOf={nameOf} action={action} paused={paused} onCancel={onCancel} />
        </>
      );
    case 'CANCELLED':
      return (
        <p>
          {capitalised(seats)} {verb(booking.seats, 'was', 'were')} released and can be booked again.
        </p>
      );
    case 'FAILED':
      return booking.failureReason === 'HOLD_EXPIRED' ? (
        <p>
          The hold on {seats} ran out before it was confirmed, so {verb(booking.seats, 'the seat', 'the seats')} went back
          on sale.
        </p>
      ) : (
        <p>
          Nothing was booked: {seatsText(booking.conflictingSeats, nameOf)}{' '}
          {verb(booking.conflictingSeats, 'was just taken by someone else. It is', 'were just taken by someone else. They are')}{' '}
          marked ✕ on the map; choose other seats and try again.
        </p>
      );
  }
}

interface PanelProps extends Omit<BookingStatusPanelProps, 'booking'> {
  booking: Booking | undefined;
}

/** What happened to the user's latest booking for this show, with what they can do next. */
export function BookingStatusPanel({ booking, onConfirm, onCancel, ...rest }: PanelProps) {
  // After the person's own confirm or cancel, the panel is replaced: focus moves to its new title.
  const focusNext = useRef(false);
  const focusTitle = useCallback((title: HTMLHeadingElement | null) => {
    if (title && focusNext.current) {
      focusNext.current = false;
      title.focus();
    }
  }, []);
  const handlers = {
    onConfirm: () => {
      focusNext.current = true;
      onConfirm();
    },
    onCancel: () => {
      focusNext.current = true;
      onCancel();
    },
  };
  return (
    <>
      {/* Always mounted, so screen readers hear every change of status. */}
      <p role="status" className="visually-hidden">
        {booking && `${title(booking)}.`}
      </p>
      <AnimatePresence mode="wait" initial={false}>
        {booking && (
          <motion.section
            key={`${booking.id}:${booking.status}`}
            className="card status-panel"
            data-status={booking.status}
            aria-labelledby="booking-status-title"
            initial={{ opacity: 0, y: 12 }}
            animate={{ opacity: 1, y: 0 }}
            exit={{ opacity: 0, y: -12 }}
            transition={{ duration: 0.2 }}
          >
            <h2 ref={focusTitle} id="booking-status-title" className="status-panel__title" tabIndex={-1}>
              <span className="status-panel__badge">{booking.status}</span> {title(booking)}
            </h2>
            <Details booking={booking} {...handlers} {...rest} />
          </motion.section>
        )}
      </AnimatePresence>
    </>
  );
}
