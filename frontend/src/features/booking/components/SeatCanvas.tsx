import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { drawBase, drawMarks, drawOverview, fitView, viewShowing, zoomView, type View } from '../utils/draw-seats';
import { isReserved, type SeatBits } from '../utils/seat-bitmap';
import { moveFocus, seatAt, type Venue } from '../utils/venue';
import './seat-map.css';
import './seat-canvas.css';

interface SeatCanvasProps {
  /** Accessible name of the map. */
  label: string;
  venue: Venue;
  reserved: SeatBits;
  selected: ReadonlySet<number>;
  mine: ReadonlySet<number>;
  conflict: ReadonlySet<number>;
  /** "Stalls A-12, available, €45.00": what a seat is, for the tooltip and screen readers. */
  describe: (seat: number) => string;
  onToggle: (seat: number) => void;
}

/** Pixels per unit (seat pitch) beyond which zooming in stops. */
const MAX_SCALE = 48;
/** The scale (pixels per seat) keyboard navigation zooms to when seats are too small to see. */
const KEYBOARD_SCALE = 26;
const ZOOM_STEP = 1.5;
/** A pointer that moves less than this between down and up clicks; more pans. */
const CLICK_SLOP = 6;

interface Size {
  width: number;
  height: number;
}

/** Device pixels per CSS pixel, at most 2 (a sharper canvas costs more per frame than it shows). */
function pixelRatio(): number {
  return Math.min(2, window.devicePixelRatio || 1);
}

function prepare(canvas: HTMLCanvasElement | null, size: Size): CanvasRenderingContext2D | null {
  if (!canvas) {
    return null;
  }
  const ratio = pixelRatio();
  const width = Math.round(size.width * ratio);
  const height = Math.round(size.height * ratio);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  // jsdom has no canvas: there the map is only its keyboard and screen reader part.
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = canvas.getContext('2d');
  } catch {
    context = null;
  }
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}

/** performance.mark for the browser suite's timings (see docs/performance.md). */
function mark(name: string) {
  try {
    performance.mark(name);
  } catch {
    // Marks are a measurement aid only.
  }
}

/**
 * The seat map of a big venue, drawn on canvases: the seats everyone sees (redrawn when the map or
 * the view changes), the person's marks on a layer above (redrawn on each click: a few seats), and
 * an overview of the whole venue with the part in view. Zoom with the wheel, a pinch or the buttons
 * (+ and - on the keyboard), pan by dragging. Keyboard: arrow keys move a focus seat along rows and
 * between them, Enter or Space selects it; a live region says which seat has the focus and its state.
 */
export function SeatCanvas({ label, venue, reserved, selected, mine, conflict, describe, onToggle }: SeatCanvasProps) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const baseRef = useRef<HTMLCanvasElement>(null);
  const marksRef = useRef<HTMLCanvasElement>(null);
  const overviewRef = useRef<HTMLCanvasElement>(null);
  const overviewImage = useRef<HTMLCanvasElement | null>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const [view, setView] = useState<View | null>(null);
  const [ready, setReady] = useState(false);
  const [focusSeat, setFocusSeat] = useState<number | undefined>(undefined);
  const [hoverSeat, setHoverSeat] = useState<number | undefined>(undefined);
  const [keyboard, setKeyboard] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const pendingClick = useRef(false);
  const drawnOnce = useRef(false);
  const lastDraw = useRef(0);
  const [overviewVersion, setOverviewVersion] = useState(0);
  const fit = useMemo(
    () => (size.width > 0 && size.height > 0 ? fitView(venue, size.width, size.height) : undefined),
    [venue, size],
  );
  const minScale = fit ? fit.scale * 0.8 : 0.05;

  // The map fills its box: measured now and whenever it changes.
  useLayoutEffect(() => {
    const element = viewportRef.current;
    if (!element) {
      return undefined;
    }
    mark('seat-map-mounted');
    const measure = () => {
      const next = { width: element.clientWidth, height: element.clientHeight };
      setSize((before) => (before.width === next.width && before.height === next.height ? before : next));
    };
    measure();
    if (typeof ResizeObserver !== 'function') {
      return undefined;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The first view shows the whole venue.
  const shown = view ?? fit;

  // The seats everyone sees: again when the view, the size or the map changes.
  useLayoutEffect(() => {
    if (!shown || size.width === 0) {
      return;
    }
    const context = prepare(baseRef.current, size);
    if (context) {
      const started = performance.now();
      drawBase(context, venue, reserved, shown, size.width, size.height);
      lastDraw.current = performance.now() - started;
    }
    if (!drawnOnce.current) {
      drawnOnce.current = true;
      // Marked in the next frame, when the map is on the screen and its handlers listen.
      const drawing = lastDraw.current;
      requestAnimationFrame(() => {
        mark('seat-map-interactive');
        try {
          // How long the first drawing of the seats took, for the browser suite's figures.
          performance.measure('seat-map-first-draw', { start: performance.now() - drawing, duration: drawing });
        } catch {
          // A measurement aid only.
        }
        setReady(true);
      });
    }
  }, [venue, reserved, shown, size]);

  // The person's marks: drawn in the same commit as the click that changed them.
  useLayoutEffect(() => {
    if (!shown || size.width === 0) {
      return;
    }
    const context = prepare(marksRef.current, size);
    if (context) {
      drawMarks(context, venue, { selected, mine, conflict, focus: keyboard ? focusSeat : undefined, hover: hoverSeat }, shown, size.width, size.height);
    }
    if (pendingClick.current) {
      pendingClick.current = false;
      requestAnimationFrame(() => {
        mark('seat-selected');
        try {
          performance.measure('seat-click-to-selected', 'seat-click', 'seat-selected');
        } catch {
          // No click mark: nothing to measure.
        }
      });
    }
  }, [venue, selected, mine, conflict, focusSeat, hoverSeat, keyboard, shown, size]);

  // The overview's picture of the whole venue: again when seats change hands. Not before the map
  // itself is on the screen and answers clicks: it costs as much as a drawing of the whole map.
  useEffect(() => {
    const canvas = overviewRef.current;
    if (!canvas || size.width === 0 || !ready) {
      return;
    }
    const box = { width: canvas.clientWidth, height: canvas.clientHeight };
    const image = overviewImage.current ?? document.createElement('canvas');
    const context = prepare(image, box);
    if (context) {
      drawOverview(context, venue, reserved, box.width, box.height);
      overviewImage.current = image;
      setOverviewVersion((version) => version + 1);
    }
  }, [venue, reserved, size, ready]);

  // The overview with the part in view framed.
  useEffect(() => {
    const canvas = overviewRef.current;
    if (!canvas || !shown || size.width === 0) {
      return;
    }
    const box = { width: canvas.clientWidth, height: canvas.clientHeight };
    const context = prepare(canvas, box);
    if (!context) {
      return;
    }
    context.clearRect(0, 0, box.width, box.height);
    if (overviewImage.current) {
      context.drawImage(overviewImage.current, 0, 0, box.width, box.height);
    }
    const small = fitView(venue, box.width, box.height);
    const x = (shown.x - small.x) * small.scale;
    const y = (shown.y - small.y) * small.scale;
    const w = (size.width / shown.scale) * small.scale;
    const h = (size.height / shown.scale) * small.scale;
    context.strokeStyle = '#1c1f2e';
    context.lineWidth = 2;
    context.strokeRect(Math.max(1, x), Math.max(1, y), Math.min(w, box.width - 2), Math.min(h, box.height - 2));
  }, [venue, overviewVersion, shown, size]);

  const zoomBy = useCallback(
    (factor: number, px?: number, py?: number) => {
      setView((current) => {
        const from = current ?? fit;
        return from ? zoomView(from, factor, px ?? size.width / 2, py ?? size.height / 2, minScale, MAX_SCALE) : current;
      });
    },
    [fit, size, minScale],
  );

  const showAll = () => setView(null);

  // Wheel zoom needs a listener that may cancel the page's scroll (React's is passive).
  useEffect(() => {
    const element = viewportRef.current;
    if (!element) {
      return undefined;
    }
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const bounds = element.getBoundingClientRect();
      zoomBy(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0018)), event.clientX - bounds.left, event.clientY - bounds.top);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomBy]);

  // Pointers: one drags the map, two pinch it; a pointer that barely moved clicks a seat.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const gesture = useRef({ moved: 0, distance: 0 });

  const local = (event: PointerEvent<HTMLElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
  };

  const seatUnder = (point: { x: number; y: number }) =>
    shown ? seatAt(venue, shown.x + point.x / shown.scale, shown.y + point.y / shown.scale) : undefined;

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0 && event.pointerType === 'mouse') {
      return;
    }
    event.currentTarget.setPointerCapture?.(event.pointerId);
    pointers.current.set(event.pointerId, local(event));
    if (pointers.current.size === 1) {
      gesture.current = { moved: 0, distance: 0 };
    } else if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()];
      gesture.current.distance = Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0));
      gesture.current.moved = CLICK_SLOP;
    }
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const point = local(event);
    const before = pointers.current.get(event.pointerId);
    if (!before) {
      if (event.pointerType === 'mouse') {
        setHoverSeat(seatUnder(point));
      }
      return;
    }
    pointers.current.set(event.pointerId, point);
    if (pointers.current.size >= 2) {
      const [a, b] = [...pointers.current.values()];
      if (!a || !b) {
        return;
      }
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (gesture.current.distance > 0) {
        zoomBy(distance / gesture.current.distance, (a.x + b.x) / 2, (a.y + b.y) / 2);
      }
      gesture.current.distance = distance;
      return;
    }
    const dx = point.x - before.x;
    const dy = point.y - before.y;
    gesture.current.moved += Math.abs(dx) + Math.abs(dy);
    if (gesture.current.moved >= CLICK_SLOP && shown) {
      setHoverSeat(undefined);
      setView({ ...shown, x: shown.x - dx / shown.scale, y: shown.y - dy / shown.scale });
    }
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    const had = pointers.current.delete(event.pointerId);
    if (!had || pointers.current.size > 0 || gesture.current.moved >= CLICK_SLOP) {
      return;
    }
    const seat = seatUnder(local(event));
    if (seat !== undefined) {
      mark('seat-click');
      pendingClick.current = true;
      setKeyboard(false);
      setFocusSeat(seat);
      onToggle(seat);
    }
  }

  function onPointerCancel(event: PointerEvent<HTMLDivElement>) {
    pointers.current.delete(event.pointerId);
  }

  const firstFreeSeat = () => {
    for (let seat = 1; seat <= venue.totalSeats; seat++) {
      if (!isReserved(reserved, seat)) {
        return seat;
      }
    }
    return 1;
  };

  function focusOn(seat: number) {
    setKeyboard(true);
    setFocusSeat(seat);
    setAnnouncement(describe(seat));
    if (!shown || size.width === 0) {
      return;
    }
    let next = shown;
    if (shown.scale < KEYBOARD_SCALE * 0.6) {
      // Too small to see one seat: zoom in around it.
      const row = venue.rows[venue.seatRow[seat - 1] ?? 0];
      const scale = KEYBOARD_SCALE;
      next = { scale, x: (venue.seatX[seat - 1] ?? 0) - size.width / scale / 2, y: (row?.y ?? 0) - size.height / scale / 2 };
    }
    setView(viewShowing(next, venue, seat, size.width, size.height));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      zoomBy(ZOOM_STEP);
      return;
    }
    if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      zoomBy(1 / ZOOM_STEP);
      return;
    }
    if (event.key === '0') {
      event.preventDefault();
      showAll();
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      const seat = focusSeat ?? firstFreeSeat();
      if (focusSeat === undefined) {
        focusOn(seat);
      }
      mark('seat-click');
      pendingClick.current = true;
      onToggle(seat);
      return;
    }
    // The first arrow key lands on the first free seat; Home, End and the page keys move from there.
    const from = focusSeat ?? firstFreeSeat();
    const next = focusSeat === undefined && event.key.startsWith('Arrow') ? from : moveFocus(venue, from, event.key, event.ctrlKey);
    if (next !== undefined) {
      event.preventDefault();
      focusOn(next);
    }
  }

  // A toggle changes the focus seat's description: it is said again.
  const focusDescription = focusSeat === undefined ? '' : describe(focusSeat);
  const [said, setSaid] = useState(focusDescription);
  if (said !== focusDescription) {
    setSaid(focusDescription);
    setAnnouncement(focusDescription);
  }

  // The tooltip: over the seat under the pointer, else the keyboard's focus seat.
  const tipSeat = hoverSeat ?? (keyboard ? focusSeat : undefined);
  let tip: { text: string; left: number; top: number; below: boolean } | undefined;
  if (tipSeat !== undefined && shown && size.width > 0) {
    const row = venue.rows[venue.seatRow[tipSeat - 1] ?? 0];
    const x = ((venue.seatX[tipSeat - 1] ?? 0) + 0.4 - shown.x) * shown.scale;
    const y = ((row?.y ?? 0) - shown.y) * shown.scale;
    const below = y < 48;
    tip = {
      text: describe(tipSeat),
      left: Math.max(90, Math.min(size.width - 90, x)),
      top: below ? y + Math.max(shown.scale, 6) + 6 : y - 6,
      below,
    };
  }

  function onOverviewPointer(event: PointerEvent<HTMLCanvasElement>) {
    event.stopPropagation();
    if (event.type === 'pointermove' && event.buttons === 0) {
      return;
    }
    const bounds = event.currentTarget.getBoundingClientRect();
    const small = fitView(venue, bounds.width, bounds.height);
    const ux = small.x + (event.clientX - bounds.left) / small.scale;
    const uy = small.y + (event.clientY - bounds.top) / small.scale;
    if (shown) {
      setView({ ...shown, x: ux - size.width / shown.scale / 2, y: uy - size.height / shown.scale / 2 });
    }
  }

  return (
    <div className="seat-canvas">
      <div className="seat-canvas__tools" role="toolbar" aria-label="Zoom">
        <button type="button" className="seat-canvas__tool" onClick={() => zoomBy(ZOOM_STEP)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="seat-canvas__tool" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out">
          −
        </button>
        <button type="button" className="seat-canvas__tool seat-canvas__tool--wide" onClick={showAll}>
          Whole map
        </button>
      </div>
      <div
        ref={viewportRef}
        className="seat-canvas__viewport"
        data-testid="seat-canvas"
        data-ready={ready || undefined}
        role="application"
        aria-roledescription="seat map"
        aria-label={label}
        aria-describedby="seat-canvas-help"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onPointerLeave={() => setHoverSeat(undefined)}
        onBlur={() => setKeyboard(false)}
      >
        <canvas ref={baseRef} className="seat-canvas__layer" aria-hidden="true" />
        <canvas ref={marksRef} className="seat-canvas__layer" aria-hidden="true" />
        {tip && (
          <div className="seat-tooltip" data-below={tip.below || undefined} style={{ left: tip.left, top: tip.top }} aria-hidden="true">
            {tip.text}
          </div>
        )}
        <canvas
          ref={overviewRef}
          className="seat-canvas__overview"
          aria-hidden="true"
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture?.(event.pointerId);
            onOverviewPointer(event);
          }}
          onPointerMove={onOverviewPointer}
          onPointerUp={(event) => event.stopPropagation()}
        />
      </div>
      <p id="seat-canvas-help" className="field__hint">
        Drag to move, wheel or pinch to zoom. Keyboard: arrow keys move between seats, Enter or Space selects, + and − zoom, 0 shows
        the whole map.
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
