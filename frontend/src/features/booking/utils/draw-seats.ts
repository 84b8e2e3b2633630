import { isReserved, type SeatBits } from './seat-bitmap';
import { MARGIN, PLAIN_COLOUR, placeAtOrBefore, rowsBetween, SEAT_SIZE, STAGE_HEIGHT, type Venue, type VenueRow } from './venue';

/** Colours of the canvas map; the CSS map and the legend use the same. */
export const SEAT_COLOURS = {
  reserved: '#c9cdd9',
  selected: '#1c1f2e',
  mine: '#15803d',
  conflict: '#b91c1c',
  focus: '#f59e0b',
  hover: '#1c1f2e',
  text: '#1c1f2e',
  muted: '#5b6178',
  stage: '#e3e5ec',
};

/** What part of the venue the canvas shows: `scale` CSS pixels per unit, (x, y) the unit at its top left. */
export interface View {
  scale: number;
  x: number;
  y: number;
}

/** The view that shows the whole venue in a box of width x height CSS pixels, centred. */
export function fitView(venue: Venue, width: number, height: number): View {
  const scale = Math.max(0.05, Math.min(width / venue.width, height / venue.height));
  return { scale, x: (venue.width - width / scale) / 2, y: (venue.height - height / scale) / 2 };
}

/** The view zoomed by factor around the point (px, py) in CSS pixels, within the scale limits. */
export function zoomView(view: View, factor: number, px: number, py: number, minScale: number, maxScale: number): View {
  const scale = Math.max(minScale, Math.min(maxScale, view.scale * factor));
  const ux = view.x + px / view.scale;
  const uy = view.y + py / view.scale;
  return { scale, x: ux - px / scale, y: uy - py / scale };
}

/** The view moved so that the seat is inside it with some room around (or centred if it was far). */
export function viewShowing(view: View, venue: Venue, seat: number, width: number, height: number): View {
  const x = venue.seatX[seat - 1] ?? 0;
  const row = venue.rows[venue.seatRow[seat - 1] ?? 0];
  const y = row?.y ?? 0;
  const room = 1.5;
  const visibleWidth = width / view.scale;
  const visibleHeight = height / view.scale;
  let { x: left, y: top } = view;
  if (x - room < left || x + SEAT_SIZE + room > left + visibleWidth) {
    left = x + SEAT_SIZE / 2 - visibleWidth / 2;
  }
  if (y - room < top || y + 1 + room > top + visibleHeight) {
    top = y + 0.5 - visibleHeight / 2;
  }
  return { scale: view.scale, x: left, y: top };
}

/** The 0-based places of a row's seats whose boxes meet [left, right] (first > last: none). */
function visiblePlaces(venue: Venue, row: VenueRow, left: number, right: number): [number, number] {
  if (row.x > right || row.x + row.width < left) {
    return [1, 0];
  }
  const first = left <= row.x ? 0 : placeAtOrBefore(venue, row, left - SEAT_SIZE);
  const last = placeAtOrBefore(venue, row, right);
  return [first, last];
}

/**
 * Draws the seats that do not depend on the person (free by price category, or taken), the stage,
 * section names and row labels. Seats are batched into one path per colour; when seats are smaller
 * than three pixels, neighbours of one colour in a row are drawn as one bar.
 */
export function drawBase(context: CanvasRenderingContext2D, venue: Venue, reserved: SeatBits, view: View, width: number, height: number) {
  context.clearRect(0, 0, width, height);
  const { scale } = view;
  const toX = (x: number) => (x - view.x) * scale;
  const toY = (y: number) => (y - view.y) * scale;
  const left = view.x;
  const right = view.x + width / scale;
  const colours = [...venue.categories.map((category) => category.colour), PLAIN_COLOUR, SEAT_COLOURS.reserved];
  const reservedIndex = colours.length - 1;
  const plainIndex = colours.length - 2;
  const paths = colours.map(() => new Path2D());
  const size = SEAT_SIZE * scale;
  const small = scale < 3;
  const inset = small ? 0 : size * 0.2;

  // The stage, at the front.
  if (STAGE_HEIGHT > 0) {
    context.fillStyle = SEAT_COLOURS.stage;
    const stageLeft = toX(MARGIN + (venue.width - 2 * MARGIN) * 0.2);
    const stageWidth = (venue.width - 2 * MARGIN) * 0.6 * scale;
    context.fillRect(stageLeft, toY(0.4), stageWidth, 1.1 * scale);
    if (scale >= 6) {
      context.fillStyle = SEAT_COLOURS.muted;
      context.font = `${Math.min(16, scale * 0.7)}px system-ui, sans-serif`;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText('Stage', stageLeft + stageWidth / 2, toY(0.95));
    }
  }

  const [firstRow, lastRow] = rowsBetween(venue, view.y, view.y + height / scale);
  for (let index = firstRow; index <= lastRow; index++) {
    const row = venue.rows[index] as VenueRow;
    const [first, last] = visiblePlaces(venue, row, left, right);
    const free = row.category >= 0 ? row.category : plainIndex;
    const top = toY(row.y);
    let runStart = -1;
    let runColour = -1;
    let runEnd = 0;
    for (let place = first; place <= last; place++) {
      const seat = row.firstSeat + place;
      const taken = isReserved(reserved, seat);
      const colour = taken ? reservedIndex : free;
      const x = toX(venue.seatX[seat - 1] ?? 0);
      if (small) {
        // Neighbours of one colour merge into one bar (an aisle ends it).
        if (colour === runColour && x - runEnd < scale * 0.5) {
          runEnd = x + size;
          continue;
        }
        if (runColour >= 0) {
          paths[runColour]?.rect(runStart, top, Math.max(runEnd - runStart, 0.6), Math.max(size, 0.6));
        }
        runStart = x;
        runEnd = x + size;
        runColour = colour;
      } else if (taken) {
        // Taken seats are smaller as well as grey: their state is not told by colour alone.
        paths[colour]?.rect(x + inset, top + inset, size - 2 * inset, size - 2 * inset);
      } else {
        paths[colour]?.rect(x, top, size, size);
      }
    }
    if (small && runColour >= 0) {
      paths[runColour]?.rect(runStart, top, Math.max(runEnd - runStart, 0.6), Math.max(size, 0.6));
    }
  }
  paths.forEach((path, index) => {
    context.fillStyle = colours[index] as string;
    context.fill(path);
  });

  // Row labels at both ends, section names above their rows, seat numbers inside big seats.
  context.textBaseline = 'middle';
  if (venue.hasLayout && scale >= 9) {
    context.fillStyle = SEAT_COLOURS.muted;
    context.font = `600 ${Math.min(14, scale * 0.55)}px system-ui, sans-serif`;
    for (let index = firstRow; index <= lastRow; index++) {
      const row = venue.rows[index] as VenueRow;
      const middle = toY(row.y + SEAT_SIZE / 2);
      context.textAlign = 'right';
      context.fillText(row.label, toX(row.x - 0.35), middle);
      context.textAlign = 'left';
      context.fillText(row.label, toX(row.x + row.width + 0.35), middle);
    }
  }
  if (venue.hasLayout && scale >= 2.5) {
    context.fillStyle = SEAT_COLOURS.text;
    context.font = `700 ${Math.max(11, Math.min(18, scale * 0.9))}px system-ui, sans-serif`;
    context.textAlign = 'center';
    for (const section of venue.sections) {
      context.fillText(section.name, toX(venue.width / 2), toY(section.y - 0.3));
    }
  }
  if (scale >= 24) {
    context.font = `${Math.min(13, scale * 0.4)}px system-ui, sans-serif`;
    context.textAlign = 'center';
    for (let index = firstRow; index <= lastRow; index++) {
      const row = venue.rows[index] as VenueRow;
      const [first, last] = visiblePlaces(venue, row, left, right);
      for (let place = first; place <= last; place++) {
        const seat = row.firstSeat + place;
        context.fillStyle = isReserved(reserved, seat) ? SEAT_COLOURS.muted : '#ffffff';
        if (!isReserved(reserved, seat)) {
          context.fillText(String(venue.hasLayout ? place + 1 : seat), toX((venue.seatX[seat - 1] ?? 0) + SEAT_SIZE / 2), toY(row.y + SEAT_SIZE / 2));
        }
      }
    }
  }
}

export interface Marks {
  selected: ReadonlySet<number>;
  mine: ReadonlySet<number>;
  conflict: ReadonlySet<number>;
  focus: number | undefined;
  hover: number | undefined;
}

/**
 * Draws what is about the person on top of the base: their selection, their booking's seats, the
 * seats that made it fail, the keyboard focus and the seat under the pointer. Marks stay at least
 * 5 px big, so a selection is visible on a whole 100,000-seat map. Cheap: only these few seats.
 */
export function drawMarks(context: CanvasRenderingContext2D, venue: Venue, marks: Marks, view: View, width: number, height: number) {
  context.clearRect(0, 0, width, height);
  const { scale } = view;
  const size = SEAT_SIZE * scale;
  const box = (seat: number) => {
    const row = venue.rows[venue.seatRow[seat - 1] ?? 0];
    const x = ((venue.seatX[seat - 1] ?? 0) - view.x) * scale;
    const y = ((row?.y ?? 0) - view.y) * scale;
    const side = Math.max(size, 5);
    return { x: x + size / 2 - side / 2, y: y + size / 2 - side / 2, side };
  };
  const inView = ({ x, y, side }: { x: number; y: number; side: number }) => x + side >= 0 && y + side >= 0 && x <= width && y <= height;
  const paint = (seats: ReadonlySet<number>, colour: string, sign: 'check' | 'star' | 'cross') => {
    context.fillStyle = colour;
    for (const seat of seats) {
      const b = box(seat);
      if (!inView(b)) {
        continue;
      }
      context.fillRect(b.x, b.y, b.side, b.side);
      if (b.side >= 14) {
        context.strokeStyle = '#ffffff';
        context.lineWidth = Math.max(1.5, b.side / 10);
        context.beginPath();
        const m = b.side * 0.28;
        if (sign === 'check') {
          context.moveTo(b.x + m, b.y + b.side * 0.52);
          context.lineTo(b.x + b.side * 0.44, b.y + b.side - m);
          context.lineTo(b.x + b.side - m, b.y + m);
        } else if (sign === 'cross') {
          context.moveTo(b.x + m, b.y + m);
          context.lineTo(b.x + b.side - m, b.y + b.side - m);
          context.moveTo(b.x + b.side - m, b.y + m);
          context.lineTo(b.x + m, b.y + b.side - m);
        } else {
          context.arc(b.x + b.side / 2, b.y + b.side / 2, b.side * 0.18, 0, Math.PI * 2);
        }
        context.stroke();
      }
    }
  };
  paint(marks.mine, SEAT_COLOURS.mine, 'star');
  paint(marks.conflict, SEAT_COLOURS.conflict, 'cross');
  paint(marks.selected, SEAT_COLOURS.selected, 'check');
  const ring = (seat: number | undefined, colour: string, line: number) => {
    if (seat === undefined || seat < 1 || seat > venue.totalSeats) {
      return;
    }
    const b = box(seat);
    context.strokeStyle = colour;
    context.lineWidth = line;
    context.strokeRect(b.x - line, b.y - line, b.side + 2 * line, b.side + 2 * line);
  };
  ring(marks.hover, SEAT_COLOURS.hover, 1.5);
  ring(marks.focus, SEAT_COLOURS.focus, 3);
}

/** The whole venue, one pixel or so per seat, for the overview: free seats in their colour, taken ones grey. */
export function drawOverview(context: CanvasRenderingContext2D, venue: Venue, reserved: SeatBits, width: number, height: number) {
  drawBase(context, venue, reserved, fitView(venue, width, height), width, height);
}
