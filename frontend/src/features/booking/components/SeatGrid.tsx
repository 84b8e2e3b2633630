import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { animate, useReducedMotion } from 'motion/react';
import { gridColumns, type SeatState } from '../utils/seat-map';
import { Seat } from './Seat';
import './seat-map.css';

interface SeatGridProps {
  /** Accessible name of the grid. */
  label: string;
  /** State of every seat; index = seat number - 1. */
  states: readonly SeatState[];
  onToggle: (seat: number) => void;
}

const PAGE_ROWS = 5;
/** Seats that change state at once beyond this many are not animated (a snapshot after a reconnect). */
const MAX_ANIMATED = 40;
/** From this many seats, rows off screen are not laid out until scrolled to (content-visibility). */
const BIG_MAP = 2000;

interface SeatRowProps {
  seats: readonly number[];
  states: readonly SeatState[];
  tabbableSeat: number;
}

/** The grid's one tab stop if it is in this row, else 0. */
function tabStopIn(seats: readonly number[], tabbableSeat: number): number {
  const first = seats[0] ?? 0;
  return tabbableSeat >= first && tabbableSeat < first + seats.length ? tabbableSeat : 0;
}

/**
 * One row of seats. A change to the map (a live event, a click) gives the grid a new array of
 * states; only rows whose own seats changed render again, so a 100,000-seat map does not.
 */
const SeatRow = memo(
  function SeatRow({ seats, states, tabbableSeat }: SeatRowProps) {
    return (
      <div role="row" className="seat-grid__row">
        {seats.map((seat) => (
          <Seat key={seat} seat={seat} state={states[seat - 1] ?? 'available'} tabbable={seat === tabbableSeat} />
        ))}
      </div>
    );
  },
  (before, after) =>
    before.seats === after.seats &&
    tabStopIn(after.seats, before.tabbableSeat) === tabStopIn(after.seats, after.tabbableSeat) &&
    after.seats.every((seat) => before.states[seat - 1] === after.states[seat - 1]),
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

/** The seat map as an ARIA grid: one delegated click and key handler for all seats. */
export function SeatGrid({ label, states, onToggle }: SeatGridProps) {
  const totalSeats = states.length;
  const columns = gridColumns(totalSeats);
  const gridRef = useRef<HTMLDivElement>(null);
  const reduceMotion = useReducedMotion();
  const [focusSeat, setFocusSeat] = useState(() => Math.max(1, states.indexOf('available') + 1));
  const tabbableSeat = Math.min(focusSeat, totalSeats);

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
    const column = (seat - 1) % columns;
    const rowStart = seat - column;
    const rowEnd = Math.min(rowStart + columns - 1, totalSeats);
    const rowsDown = (rows: number) => {
      const possible = Math.floor((totalSeats - seat) / columns);
      return seat + Math.min(rows, possible) * columns;
    };
    const rowsUp = (rows: number) => seat - Math.min(rows, Math.floor((seat - 1) / columns)) * columns;
    const next: Record<string, number> = {
      ArrowRight: Math.min(seat + 1, rowEnd),
      ArrowLeft: Math.max(seat - 1, rowStart),
      ArrowDown: rowsDown(1),
      ArrowUp: rowsUp(1),
      PageDown: rowsDown(PAGE_ROWS),
      PageUp: rowsUp(PAGE_ROWS),
      Home: event.ctrlKey ? 1 : rowStart,
      End: event.ctrlKey ? totalSeats : rowEnd,
    };
    const target = next[event.key];
    if (target === undefined) {
      return;
    }
    event.preventDefault();
    setFocusSeat(target);
    elementOf(target)?.focus();
  }

  const rows = useMemo(() => {
    const result: number[][] = [];
    for (let start = 1; start <= totalSeats; start += columns) {
      const row: number[] = [];
      for (let seat = start; seat < start + columns && seat <= totalSeats; seat++) {
        row.push(seat);
      }
      result.push(row);
    }
    return result;
  }, [totalSeats, columns]);

  return (
    <div className="seat-grid-scroller">
      <div
        ref={gridRef}
        role="grid"
        aria-label={label}
        aria-multiselectable="true"
        aria-rowcount={rows.length}
        aria-colcount={columns}
        className="seat-grid"
        data-big={totalSeats >= BIG_MAP || undefined}
        style={{ '--columns': columns } as CSSProperties}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
      >
        {rows.map((row, index) => (
          <SeatRow key={index} seats={row} states={states} tabbableSeat={tabbableSeat} />
        ))}
      </div>
    </div>
  );
}
