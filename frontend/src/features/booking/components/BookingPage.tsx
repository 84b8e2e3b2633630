import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
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
import { getSeatMapQueryOptions, type SeatMap } from '../api/get-seat-map';
import { useBookingFlow } from '../hooks/use-booking-flow';
import { useSeatSelection } from '../hooks/use-seat-selection';
import { POLL_INTERVAL_MS, useShowEvents, type LiveState } from '../hooks/use-show-events';
import { isReserved } from '../utils/seat-bitmap';
import { bookingSeats, seatLabel, seatStateOf, seatStates } from '../utils/seat-map';
import { buildVenue, seatName, seatPrice, totalPrice } from '../utils/venue';
import { BestAvailable, type BestPick } from './BestAvailable';
import { BookingActions } from './BookingActions';
import { BookingStatusPanel } from './BookingStatusPanel';
import { HoldTimer } from './HoldTimer';
import { LiveIndicator } from './LiveIndicator';
import { SeatCanvas } from './SeatCanvas';
import { SeatGrid } from './SeatGrid';
import { SeatLegend } from './SeatLegend';
import { SelectionPanel } from './SelectionPanel';
import { SelectionSummary } from './SelectionSummary';
import { ShowNotFound } from './ShowNotFound';
import './booking.css';

/** From this many seats the map is drawn on a canvas, with zoom, pan and an overview. */
export const CANVAS_FROM = 1500;

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
    ...getSeatMapQueryOptions(showId),
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
  show: SeatMap;
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
  const [picking, setPicking] = useState(false);
  const reserved = show.reserved;
  // The layout rarely changes; a new copy of the same one (every fetch) keeps the drawing.
  const layoutKey = JSON.stringify(show.layout);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const venue = useMemo(() => buildVenue(show.totalSeats, show.layout), [show.totalSeats, layoutKey]);
  const canvas = show.totalSeats >= CANVAS_FROM;

  // Someone else took selected seats (a live event, a refreshed map): they leave the selection, with
  // a note. Not the seats of the person's own booking on its way (or whose answer was lost): the map
  // shows them taken before the answer arrives.
  const [seenReserved, setSeenReserved] = useState(reserved);
  if (seenReserved !== reserved) {
    setSeenReserved(reserved);
    const claimed = new Set(flow.claimedSeats);
    const lost = [...selected].filter((seat) => isReserved(reserved, seat) && !claimed.has(seat)).sort((a, b) => a - b);
    if (lost.length > 0) {
      setSelected(new Set([...selected].filter((seat) => !lost.includes(seat))));
      setTaken(lost);
    }
  }
  const { mine, conflict } = useMemo(() => bookingSeats(booking), [booking]);
  // The element grid needs every seat's state; the canvas asks per seat.
  const states = useMemo(() => (canvas ? [] : seatStates(show, selected, booking)), [canvas, show, selected, booking]);
  const sortedSelection = useMemo(() => [...selected].sort((a, b) => a - b), [selected]);
  const named = (seats: readonly number[]) => seats.map((seat) => ({ seat, name: seatName(venue, seat) }));
  const total = venue.categories.length > 0 ? totalPrice(sortedSelection.map((seat) => seatPrice(venue, seat))) : undefined;
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
      } else if (!isReserved(reserved, seat)) {
        if (selected.size >= cap) {
          setCapReached(true);
        } else {
          updateSelection(new Set(selected).add(seat));
        }
      }
    },
    [selected, reserved, cap, updateSelection],
  );

  const describe = useCallback(
    (seat: number) => seatLabel(seatName(venue, seat), seatStateOf(seat, show, selected, mine, conflict), seatPrice(venue, seat)),
    [venue, show, selected, mine, conflict],
  );

  async function submit(hold: boolean) {
    setPicking(false);
    const result = await flow.book(sortedSelection, attendee.trim() || undefined, hold);
    if (result?.status === 'FAILED') {
      const next = new Set(selected);
      result.conflictingSeats.forEach((seat) => next.delete(seat));
      updateSelection(next);
    } else if (result) {
      updateSelection(new Set());
    }
  }

  async function pickBest(pick: BestPick, hold: boolean) {
    setPicking(true);
    const result = await flow.bookBest(pick, attendee.trim() || undefined, hold);
    if (result && result.status !== 'FAILED') {
      // The server's seats replace whatever was picked by hand.
      updateSelection(new Set());
    }
  }

  // After a 429 no write is sent until the server's Retry-After has passed.
  const wait = useRetryWait(flow.error);
  const started = Date.parse(show.startTime) <= now;
  const soldOut = show.availableCount === 0;
  let blockedReason: string | undefined;
  if (started) {
    blockedReason = 'Booking is closed: this show has started.';
  } else if (booking?.status === 'PENDING') {
    blockedReason = 'Confirm or cancel your held seats first.';
  } else if (wait > 0) {
    blockedReason = 'Please wait until the countdown ends, then try again.';
  }
  // The picker's own words (the selection's buttons say the same things beside them).
  let pickerBlocked: string | undefined;
  if (booking?.status === 'PENDING') {
    pickerBlocked = 'Confirm or cancel your hold before picking more.';
  } else if (wait > 0) {
    pickerBlocked = 'Wait for the countdown to end.';
  } else if (soldOut) {
    pickerBlocked = 'Sold out: no seats to pick.';
  }
  const hold = booking?.status === 'PENDING' && booking.expiresAt ? { ...booking, expiresAt: booking.expiresAt } : undefined;
  const sections = venue.hasLayout ? venue.sections.map((section) => section.name) : [];
  const mapLabel = `Seats of ${show.name}`;

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
      {soldOut && !started && (
        <Alert tone="info" title="Sold out">
          <p>
            Every seat is booked or held. Held seats go back on sale if their hold runs out, and the map shows them free at
            once.
          </p>
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
          <SeatLegend categories={venue.categories} canvas={canvas} />
          {canvas ? (
            <SeatCanvas
              label={mapLabel}
              venue={venue}
              reserved={reserved}
              selected={selected}
              mine={mine}
              conflict={conflict}
              describe={describe}
              onToggle={toggleSeat}
            />
          ) : (
            <SeatGrid label={mapLabel} venue={venue} states={states} onToggle={toggleSeat} />
          )}
        </section>
        {user && !started && (
          <div className="booking-picker">
            <BestAvailable
              max={Math.min(cap, show.availableCount)}
              sections={sections}
              blockedReason={pickerBlocked}
              action={flow.action}
              picking={picking}
              onPick={(pick, holdSeats) => void pickBest(pick, holdSeats)}
            />
          </div>
        )}
        <div className="booking-sidebar">
          <SelectionPanel count={selected.size} total={total}>
            <SelectionSummary
              selected={named(sortedSelection)}
              total={total}
              maxSeats={cap}
              customerLimit={customerLimit}
              capReached={capReached}
              taken={named(taken)}
              onRemove={toggleSeat}
              onClear={() => updateSelection(new Set())}
            />
            {user && (
              <BookingActions
                selectedCount={selected.size}
                blockedReason={blockedReason}
                action={picking ? null : flow.action}
                busyElsewhere={picking && flow.action !== null}
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
          </SelectionPanel>
          <BookingStatusPanel
            booking={booking}
            nameOf={venue.hasLayout ? (seat) => seatName(venue, seat) : undefined}
            action={flow.action}
            paused={wait > 0}
            onConfirm={() => booking && flow.confirm(booking.id)}
            onCancel={() => booking && flow.cancel(booking.id)}
          />
        </div>
      </div>
      <div className="booking-page-end" aria-hidden="true" />
    </>
  );
}
