import { useCallback, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
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
        style={{ '--columns': columns } as CSSProperties}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
      >
        {rows.map((row, index) => (
          <div role="row" className="seat-grid__row" key={index}>
            {row.map((seat) => (
              <Seat key={seat} seat={seat} state={states[seat - 1] ?? 'available'} tabbable={seat === tabbableSeat} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
