import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { getShowQueryOptions } from '@/api/get-show';
import type { ShowDetail } from '@/api/types';
import { Alert } from '@/components/ui/Alert';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadingState } from '@/components/ui/LoadingState';
import { Page } from '@/components/ui/Page';
import { useUser } from '@/lib/auth';
import { formatDateTime, plural } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { useRetryWait } from '@/lib/use-retry-wait';
import { isUuid } from '@/lib/uuid';
import { useBookingFlow } from '../hooks/use-booking-flow';
import { useSeatSelection } from '../hooks/use-seat-selection';
import { POLL_INTERVAL_MS, useShowEvents, type LiveState } from '../hooks/use-show-events';
import { seatStates } from '../utils/seat-map';
import { BookingActions } from './BookingActions';
import { BookingStatusPanel } from './BookingStatusPanel';
import { HoldTimer } from './HoldTimer';
import { LiveIndicator } from './LiveIndicator';
import { SeatGrid } from './SeatGrid';
import { SeatLegend } from './SeatLegend';
import { SelectionSummary } from './SelectionSummary';
import { ShowNotFound } from './ShowNotFound';
import './booking.css';

interface BookingPageProps {
  showId: string;
  /** Shown instead of the booking buttons to a visitor who is not signed in. */
  signInPrompt: ReactNode;
}

/** Seat selection and booking for one show. */
export function BookingPage({ showId, signInPrompt }: BookingPageProps) {
  if (!isUuid(showId)) {
    return <ShowNotFound malformed />;
  }
  return <ShowBooking showId={showId} signInPrompt={signInPrompt} />;
}

function ShowBooking({ showId, signInPrompt }: BookingPageProps) {
  // Subscribed once the map is loaded, so every event applies to a map it can be compared with.
  const [loaded, setLoaded] = useState(false);
  const live = useShowEvents(showId, loaded);
  const { data: show, error, isFetching, refetch } = useQuery({
    ...getShowQueryOptions(showId),
    // Without live events, the map is fetched every few seconds instead.
    refetchInterval: live === 'polling' ? POLL_INTERVAL_MS : false,
  });
  if (show && !loaded) {
    setLoaded(true);
  }
  const reload = () => void refetch();

  if (!show) {
    if (isFetching || !error) {
      return <LoadingState label="Loading the seat map…" />;
    }
    if (error.status === 404 || error.status === 400) {
      return <ShowNotFound malformed={error.status === 400} />;
    }
    return (
      <Page title="Seat map">
        <ErrorState title="Could not load this show" message={error.message} onRetry={reload} />
      </Page>
    );
  }

  const refreshButton = (
    <Button variant="secondary" busy={isFetching} onClick={reload}>
      {isFetching ? 'Refreshing…' : 'Refresh seat map'}
    </Button>
  );

  return (
    <Page title={show.name} actions={refreshButton}>
      {error && (
        <Alert tone="error" title="Could not refresh the seat map">
          <p>{error.message} The map may be out of date.</p>
        </Alert>
      )}
      <SeatSelection show={show} live={live} signInPrompt={signInPrompt} />
    </Page>
  );
}

interface SeatSelectionProps {
  show: ShowDetail;
  live: LiveState;
  signInPrompt: ReactNode;
}

const NO_SEATS: readonly number[] = [];

function SeatSelection({ show, live, signInPrompt }: SeatSelectionProps) {
  const { user } = useUser();
  const now = useNow();
  const flow = useBookingFlow(show.id);
  const { booking } = flow;

  const [selected, setSelected] = useSeatSelection(show);
  const [capReached, setCapReached] = useState(false);
  const [taken, setTaken] = useState<readonly number[]>(NO_SEATS);
  const [attendee, setAttendee] = useState('');
  const reserved = useMemo(() => new Set(show.reservedSeats), [show.reservedSeats]);

  // Someone else took selected seats (a live event, a refreshed map): they leave the selection, with
  // a note. Not the seats of the person's own booking on its way (or whose answer was lost): the map
  // shows them taken before the answer arrives.
  const [seenReserved, setSeenReserved] = useState(reserved);
  if (seenReserved !== reserved) {
    setSeenReserved(reserved);
    const claimed = new Set(flow.claimedSeats);
    const lost = [...selected].filter((seat) => reserved.has(seat) && !claimed.has(seat)).sort((a, b) => a - b);
    if (lost.length > 0) {
      setSelected(new Set([...selected].filter((seat) => !lost.includes(seat))));
      setTaken(lost);
    }
  }
  const states = useMemo(() => seatStates(show, selected, booking), [show, selected, booking]);
  const sortedSelection = useMemo(() => [...selected].sort((a, b) => a - b), [selected]);
  // One booking may take maxSeatsPerBooking seats, one customer maxSeatsPerCustomer of the show in all
  // (holds and bookings; the server counts what the person already has).
  const cap = Math.min(show.maxSeatsPerBooking, show.maxSeatsPerCustomer);
  const customerLimit = cap < show.maxSeatsPerBooking;

  const updateSelection = useCallback(
    (next: ReadonlySet<number>) => {
      setSelected(next);
      setCapReached(false);
      setTaken(NO_SEATS);
    },
    [setSelected],
  );

  const toggleSeat = useCallback(
    (seat: number) => {
      if (selected.has(seat)) {
        const next = new Set(selected);
        next.delete(seat);
        updateSelection(next);
      } else if (!reserved.has(seat)) {
        if (selected.size >= cap) {
          setCapReached(true);
        } else {
          updateSelection(new Set(selected).add(seat));
        }
      }
    },
    [selected, reserved, cap, updateSelection],
  );

  async function submit(hold: boolean) {
    const result = await flow.book(sortedSelection, attendee.trim() || undefined, hold);
    if (result?.status === 'FAILED') {
      const next = new Set(selected);
      result.conflictingSeats.forEach((seat) => next.delete(seat));
      updateSelection(next);
    } else if (result) {
      updateSelection(new Set());
    }
  }

  // After a 429 no write is sent until the server's Retry-After has passed.
  const wait = useRetryWait(flow.error);
  const started = Date.parse(show.startTime) <= now;
  let blockedReason: string | undefined;
  if (started) {
    blockedReason = 'Booking is closed: this show has started.';
  } else if (booking?.status === 'PENDING') {
    blockedReason = 'Confirm or cancel your held seats first.';
  } else if (wait > 0) {
    blockedReason = 'Please wait until the countdown ends, then try again.';
  }
  const hold = booking?.status === 'PENDING' && booking.expiresAt ? { ...booking, expiresAt: booking.expiresAt } : undefined;

  return (
    <>
      <p className="show-meta">
        <time dateTime={show.startTime}>{formatDateTime(show.startTime)}</time> ·{' '}
        {plural(show.availableCount, 'seat')} available of {show.totalSeats.toLocaleString()}
      </p>
      {started && (
        <Alert tone="info" title="This show has started">
          <p>Booking is closed. The seat map shows how the show sold.</p>
        </Alert>
      )}
      {hold && (
        <HoldTimer
          key={hold.id}
          booking={hold}
          extendedUntil={flow.extendedUntil}
          busy={flow.action === 'extend'}
          disabled={flow.action !== null || wait > 0}
          onExtend={() => flow.extend(hold.id)}
          onExpired={flow.checkExpiry}
        />
      )}
      <div className="booking-layout">
        <section className="card seat-map" aria-labelledby="seat-map-heading">
          <div className="seat-map__header">
            <h2 id="seat-map-heading">Seat map</h2>
            <LiveIndicator state={live} />
          </div>
          <SeatLegend />
          <SeatGrid label={`Seats of ${show.name}`} states={states} onToggle={toggleSeat} />
        </section>
        <div className="booking-sidebar">
          <SelectionSummary
            selected={sortedSelection}
            maxSeats={cap}
            customerLimit={customerLimit}
            capReached={capReached}
            taken={taken}
            onRemove={toggleSeat}
            onClear={() => updateSelection(new Set())}
          />
          {user && (
            <BookingActions
              selectedCount={selected.size}
              blockedReason={blockedReason}
              action={flow.action}
              attendee={attendee}
              defaultAttendee={user.displayName}
              onAttendeeChange={setAttendee}
              onBook={() => void submit(false)}
              onHold={() => void submit(true)}
              holdSeconds={show.holdSeconds}
            />
          )}
          {user === null && signInPrompt}
          {flow.error && <ApiErrorAlert error={flow.error} />}
          <BookingStatusPanel
            booking={booking}
            action={flow.action}
            paused={wait > 0}
            onConfirm={() => booking && flow.confirm(booking.id)}
            onCancel={() => booking && flow.cancel(booking.id)}
          />
        </div>
      </div>
    </>
  );
}
