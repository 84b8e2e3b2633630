import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { animate, useReducedMotion } from 'motion/react';
import { gridColumns, seatLabel, type SeatState } from '../utils/seat-map';
import { buildVenue, moveFocus, seatName, type Venue, type VenueRow } from '../utils/venue';
import { Seat } from './Seat';
import './seat-map.css';

interface SeatGridProps {
  /** Accessible name of the map. */
  label: string;
  venue: Venue;
  /** State of every seat; index = seat number - 1. */
  states: readonly SeatState[];
  onToggle: (seat: number) => void;
}

/** Seats that change state at once beyond this many are not animated (a snapshot after a reconnect). */
const MAX_ANIMATED = 40;
/** From this many seats, rows off screen are not laid out until scrolled to (content-visibility). */
const BIG_MAP = 2000;
/** A seat's width plus the gap after it, in pixels (2.15rem + 0.25rem; 2.75rem + 0.25rem on touch screens). */
function seatPitch(): number {
  const coarse = typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return (coarse ? 3 : 2.4) * rem;
}

interface SeatRowProps {
  venue: Venue;
  row: VenueRow;
  states: readonly SeatState[];
  tabbableSeat: number;
}

function seatsOf(row: VenueRow): number[] {
  return Array.from({ length: row.seats }, (_, place) => row.firstSeat + place);
}

/** The map's one tab stop if it is in this row, else 0. */
function tabStopIn(row: VenueRow, tabbableSeat: number): number {
  return tabbableSeat >= row.firstSeat && tabbableSeat < row.firstSeat + row.seats ? tabbableSeat : 0;
}

/**
 * One row of seats, with its label. A change to the map (a live event, a click) gives the grid a new
 * array of states; only rows whose own seats changed render again.
 */
const SeatRow = memo(
  function SeatRow({ venue, row, states, tabbableSeat }: SeatRowProps) {
    const category = venue.categories[row.category];
    const style = category ? ({ '--category': category.colour, '--category-soft': `${category.colour}1f` } as CSSProperties) : undefined;
    const aisles = new Set(row.gapsAfter.map((place) => row.firstSeat + place));
    return (
      <div role="row" className="seat-grid__row" style={style}>
        {venue.hasLayout && (
          <div role="rowheader" className="seat-grid__label" aria-label={`Row ${row.label}`}>
            {row.label}
          </div>
        )}
        {seatsOf(row).map((seat) => {
          const state = states[seat - 1] ?? 'available';
          return (
            <Seat
              key={seat}
              seat={seat}
              text={String(venue.hasLayout ? seat - row.firstSeat + 1 : seat)}
              state={state}
              label={seatLabel(seatName(venue, seat), state, row.price)}
              aisle={aisles.has(seat)}
              tabbable={seat === tabbableSeat}
            />
          );
        })}
      </div>
    );
  },
  (before, after) =>
    before.venue === after.venue &&
    before.row === after.row &&
    tabStopIn(after.row, before.tabbableSeat) === tabStopIn(after.row, after.tabbableSeat) &&
    seatsOf(after.row).every((seat) => before.states[seat - 1] === after.states[seat - 1]),
);

/** Seats whose change is news worth a brief motion: taken (by anyone) or freed. */
function changedSeats(before: readonly SeatState[], after: readonly SeatState[]): number[] {
  const changed: number[] = [];
  if (before.length !== after.length) {
    return changed;
  }
  for (let index = 0; index < after.length; index++) {
    const was = before[index];
    const is = after[index];
    if (was !== is && (is === 'reserved' || (was === 'reserved' && is === 'available'))) {
      changed.push(index + 1);
      if (changed.length > MAX_ANIMATED) {
        return [];
      }
    }
  }
  return changed;
}

function seatOf(target: EventTarget): number | undefined {
  const cell = target instanceof Element ? target.closest<HTMLElement>('[data-seat]') : null;
  return cell ? Number(cell.dataset.seat) : undefined;
}

/** Without a layout, as many seats per row as fit the map's width (20 until it is known). */
function useColumns(frame: RefObject<HTMLDivElement | null>, totalSeats: number, active: boolean): number {
  const [columns, setColumns] = useState(() => gridColumns(totalSeats));
  useLayoutEffect(() => {
    const element = frame.current;
    if (!active || !element || typeof ResizeObserver !== 'function') {
      return undefined;
    }
    const measure = () => {
      const width = element.clientWidth;
      if (width > 0) {
        setColumns(Math.max(1, Math.min(totalSeats, Math.floor((width - 24) / seatPitch()))));
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame, totalSeats, active]);
  return columns;
}

/**
 * The seat map of a small or medium venue as ARIA grids (one per section), with row labels, aisles
 * and a tooltip naming the seat under the pointer or the keyboard focus. One delegated click and
 * key handler for all seats; arrow keys move along rows and to the nearest seat in the next row.
 */
export function SeatGrid({ label, venue: given, states, onToggle }: SeatGridProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const reduceMotion = useReducedMotion();
  const columns = useColumns(frameRef, given.totalSeats, !given.hasLayout);
  const venue = useMemo(() => (given.hasLayout ? given : buildVenue(given.totalSeats, null, columns)), [given, columns]);
  const totalSeats = venue.totalSeats;
  const [focusSeat, setFocusSeat] = useState(() => Math.max(1, states.indexOf('available') + 1));
  const tabbableSeat = Math.min(focusSeat, totalSeats);
  const [tip, setTip] = useState<{ seat: number; left: number; top: number } | undefined>(undefined);

  const elementOf = useCallback(
    (seat: number) => gridRef.current?.querySelector<HTMLElement>(`[data-seat="${seat}"]`) ?? null,
    [],
  );

  const toggle = useCallback(
    (seat: number) => {
      onToggle(seat);
      const element = elementOf(seat);
      if (element && !reduceMotion) {
        void animate(element, { scale: [1, 1.2, 1] }, { duration: 0.25 });
      }
    },
    [onToggle, elementOf, reduceMotion],
  );

  // Seats taken or freed by others flash briefly as it happens (not under reduced motion).
  const previousStates = useRef(states);
  useEffect(() => {
    const before = previousStates.current;
    previousStates.current = states;
    if (reduceMotion || before === states) {
      return;
    }
    for (const seat of changedSeats(before, states)) {
      const element = elementOf(seat);
      if (element) {
        void animate(element, { scale: [1, 1.25, 1], opacity: [0.35, 1] }, { duration: 0.5 });
      }
    }
  }, [states, reduceMotion, elementOf]);

  function showTip(target: EventTarget) {
    const seat = seatOf(target);
    const frame = frameRef.current;
    const element = seat === undefined ? null : elementOf(seat);
    if (seat === undefined || !frame || !element) {
      setTip(undefined);
      return;
    }
    const outer = frame.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const middle = box.left + box.width / 2 - outer.left;
    const next = { seat, left: Math.max(90, Math.min(outer.width - 90, middle)), top: box.top - outer.top - 6 };
    setTip((before) => (before && before.seat === next.seat && before.left === next.left && before.top === next.top ? before : next));
  }

  function handleClick(event: MouseEvent<HTMLDivElement>) {
    const seat = seatOf(event.target);
    if (seat !== undefined) {
      setFocusSeat(seat);
      toggle(seat);
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const seat = seatOf(event.target);
    if (seat === undefined) {
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      toggle(seat);
      return;
    }
    const target = moveFocus(venue, seat, event.key, event.ctrlKey);
    if (target === undefined) {
      return;
    }
    event.preventDefault();
    setFocusSeat(target);
    elementOf(target)?.focus();
  }

  const tipState = tip ? states[tip.seat - 1] : undefined;
  return (
    <div className="seat-grid-frame" ref={frameRef}>
      <div
        className="seat-grid-scroller"
        ref={gridRef}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
        onMouseOver={(event: MouseEvent<HTMLDivElement>) => showTip(event.target)}
        onMouseLeave={() => setTip(undefined)}
        onFocus={(event: FocusEvent<HTMLDivElement>) => showTip(event.target)}
        onBlur={() => setTip(undefined)}
        onScroll={() => setTip(undefined)}
      >
        <div className="seat-grid" data-layout={venue.hasLayout || undefined} data-big={totalSeats >= BIG_MAP || undefined}>
          {venue.sections.map((section, index) => {
            const rows = venue.rows.slice(section.firstRow, section.lastRow + 1);
            const name = section.name || label;
            return (
              <div key={index} className="seat-section">
                {section.name && (
                  <h3 className="seat-section__name" aria-hidden="true">
                    {section.name}
                  </h3>
                )}
                <div
                  role="grid"
                  aria-label={section.name ? `${label}: ${section.name}` : name}
                  aria-multiselectable="true"
                  aria-rowcount={rows.length}
                  className="seat-grid__section"
                >
                  {rows.map((row) => (
                    <SeatRow key={row.index} venue={venue} row={row} states={states} tabbableSeat={tabbableSeat} />
                  ))}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      {tip && tipState && (
        <div className="seat-tooltip" style={{ left: tip.left, top: tip.top }} aria-hidden="true">
          {seatLabel(seatName(venue, tip.seat), tipState, venue.rows[venue.seatRow[tip.seat - 1] ?? 0]?.price)}
        </div>
      )}
    </div>
  );
}
