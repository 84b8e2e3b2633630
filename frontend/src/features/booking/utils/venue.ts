/**
 * A show's seats laid out for drawing: sections stacked front (stage) to back, rows centred under
 * each other, aisles as gaps. Coordinates are in seat pitches ("units"): a seat is SEAT_SIZE wide
 * and tall at (seatX, rowY), one unit from its neighbour, an aisle adds one more unit.
 */

/** A price as the API writes it: a decimal string and an ISO currency. */
export interface Price {
  amount: string;
  currency: string;
}

/** A row as show responses describe it (price: the row's own, else its section's, else null). */
export interface LayoutRow {
  label: string;
  seats: number;
  gapsAfter?: readonly number[] | null;
  firstSeat: number;
  price?: Price | null;
}

export interface LayoutSection {
  name: string;
  price?: Price | null;
  rows: readonly LayoutRow[];
}

export interface Layout {
  sections: readonly LayoutSection[];
}

export interface VenueRow {
  index: number;
  /** Index into Venue.sections. */
  section: number;
  /** The row's label ("A"); empty for the rows a map without layout is wrapped into. */
  label: string;
  firstSeat: number;
  seats: number;
  gapsAfter: readonly number[];
  price: Price | null;
  /** Index into Venue.categories, or -1 without a price. */
  category: number;
  /** Top of the row. */
  y: number;
  /** Left of the row's first seat. */
  x: number;
  /** From the first seat's left to the last seat's right edge. */
  width: number;
}

export interface VenueSection {
  name: string;
  /** Where the section's name is written (its baseline), above its first row. */
  y: number;
  firstRow: number;
  lastRow: number;
}

export interface PriceCategory {
  price: Price;
  colour: string;
  /** Sections with rows at this price, in order. */
  sections: string[];
}

export interface Venue {
  totalSeats: number;
  hasLayout: boolean;
  rows: readonly VenueRow[];
  sections: readonly VenueSection[];
  categories: readonly PriceCategory[];
  width: number;
  height: number;
  /** Left edge of each seat (index = seat number - 1). */
  seatX: Float32Array;
  /** Row of each seat (index = seat number - 1). */
  seatRow: Int32Array;
}

export const SEAT_SIZE = 0.8;
/** Room left of the rows for their labels, and at the top for the stage. */
export const MARGIN = 2.5;
export const STAGE_HEIGHT = 2;
const SECTION_HEADER = 1.6;
const SECTION_GAP = 0.8;

/** Colours for price categories, dearest first: distinguishable with the common colour-vision deficiencies (Okabe-Ito). */
export const CATEGORY_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#8c6d31', '#6a3d9a'];
/** Available seats without a price. */
export const PLAIN_COLOUR = '#5b6fd6';

function cents(price: Price): number {
  return Math.round(Number(price.amount) * 100);
}

function priceKey(price: Price): string {
  return `${price.currency} ${cents(price)}`;
}

/** "€45.00" in the person's locale. */
export function formatPrice(price: Price): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: price.currency }).format(cents(price) / 100);
  } catch {
    return `${price.amount} ${price.currency}`;
  }
}

/** The sum of prices of one currency (undefined when there are none or currencies differ). */
export function totalPrice(prices: readonly (Price | null)[]): Price | undefined {
  const currency = prices[0]?.currency;
  if (currency === undefined || prices.some((price) => price === null || price.currency !== currency)) {
    return undefined;
  }
  const sum = prices.reduce((total, price) => total + cents(price as Price), 0);
  return { amount: (sum / 100).toFixed(2), currency };
}

/** Columns for a map without layout drawn on a canvas: about twice as wide as deep. */
export function wrapColumns(totalSeats: number): number {
  return Math.max(1, Math.min(totalSeats, Math.max(10, Math.ceil(Math.sqrt(totalSeats * 2)))));
}

function rowWidth(seats: number, gaps: readonly number[]): number {
  return seats - 1 + gaps.length + SEAT_SIZE;
}

/**
 * The drawing of a show: its layout's sections and rows, or (without a layout) its seats 1..N
 * wrapped into rows of `columns`.
 */
export function buildVenue(totalSeats: number, layout: Layout | null | undefined, columns = wrapColumns(totalSeats)): Venue {
  const rows: VenueRow[] = [];
  const sections: VenueSection[] = [];
  const categoryIndex = new Map<string, number>();
  const prices: Price[] = [];

  let y = STAGE_HEIGHT;
  if (layout && layout.sections.length > 0) {
    layout.sections.forEach((section, sectionIndex) => {
      if (sectionIndex > 0) {
        y += SECTION_GAP;
      }
      y += SECTION_HEADER;
      const firstRow = rows.length;
      sections.push({ name: section.name, y: y - 0.45, firstRow, lastRow: firstRow + section.rows.length - 1 });
      for (const row of section.rows) {
        const gaps = [...(row.gapsAfter ?? [])].filter((gap) => gap > 0 && gap < row.seats).sort((a, b) => a - b);
        const price = row.price ?? section.price ?? null;
        let category = -1;
        if (price) {
          const key = priceKey(price);
          if (!categoryIndex.has(key)) {
            categoryIndex.set(key, prices.length);
            prices.push(price);
          }
          category = categoryIndex.get(key) ?? -1;
        }
        rows.push({
          index: rows.length,
          section: sectionIndex,
          label: row.label,
          firstSeat: row.firstSeat,
          seats: row.seats,
          gapsAfter: gaps,
          price,
          category,
          y,
          x: 0,
          width: rowWidth(row.seats, gaps),
        });
        y += 1;
      }
    });
  } else {
    const perRow = Math.max(1, columns);
    sections.push({ name: '', y, firstRow: 0, lastRow: Math.max(0, Math.ceil(totalSeats / perRow) - 1) });
    for (let first = 1; first <= totalSeats; first += perRow) {
      const seats = Math.min(perRow, totalSeats - first + 1);
      rows.push({ index: rows.length, section: 0, label: '', firstSeat: first, seats, gapsAfter: [], price: null, category: -1, y, x: 0, width: rowWidth(seats, []) });
      y += 1;
    }
  }

  // Dearest first, so the legend reads from the best seats down; the colours follow that order.
  const order = prices.map((_, index) => index).sort((a, b) => cents(prices[b] as Price) - cents(prices[a] as Price));
  const rank = new Map(order.map((original, position) => [original, position]));
  const categories: PriceCategory[] = order.map((original, position) => ({
    price: prices[original] as Price,
    colour: CATEGORY_COLOURS[position % CATEGORY_COLOURS.length] as string,
    sections: [],
  }));

  const inner = rows.reduce((widest, row) => Math.max(widest, row.width), 0);
  const seatX = new Float32Array(totalSeats);
  const seatRow = new Int32Array(totalSeats);
  for (const row of rows) {
    row.category = row.category === -1 ? -1 : (rank.get(row.category) ?? -1);
    if (row.category >= 0) {
      const names = categories[row.category]?.sections;
      const name = sections[row.section]?.name ?? '';
      if (names && !names.includes(name)) {
        names.push(name);
      }
    }
    // A venue's rows are centred under each other; wrapped rows start at the left, like text.
    row.x = layout && layout.sections.length > 0 ? MARGIN + (inner - row.width) / 2 : MARGIN;
    let x = row.x;
    let gap = 0;
    for (let place = 1; place <= row.seats; place++) {
      const seat = row.firstSeat + place - 1;
      if (seat >= 1 && seat <= totalSeats) {
        seatX[seat - 1] = x;
        seatRow[seat - 1] = row.index;
      }
      x += 1;
      if (row.gapsAfter[gap] === place) {
        x += 1;
        gap += 1;
      }
    }
  }
  return {
    totalSeats,
    hasLayout: Boolean(layout && layout.sections.length > 0),
    rows,
    sections,
    categories,
    width: inner + 2 * MARGIN,
    height: y + 0.5,
    seatX,
    seatRow,
  };
}

export function rowOf(venue: Venue, seat: number): VenueRow | undefined {
  return seat >= 1 && seat <= venue.totalSeats ? venue.rows[venue.seatRow[seat - 1] ?? 0] : undefined;
}

/** "Stalls A-12" as the API names seats; "Seat 12" on a map without layout. */
export function seatName(venue: Venue, seat: number): string {
  const row = rowOf(venue, seat);
  if (!venue.hasLayout || !row) {
    return `Seat ${seat}`;
  }
  const section = venue.sections[row.section]?.name ?? '';
  return `${section} ${row.label}-${seat - row.firstSeat + 1}`;
}

export function seatPrice(venue: Venue, seat: number): Price | null {
  return rowOf(venue, seat)?.price ?? null;
}

/** The seat whose box (widened to a whole pitch) holds the point, if any. */
export function seatAt(venue: Venue, x: number, y: number): number | undefined {
  const rows = venue.rows;
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const row = rows[middle] as VenueRow;
    if (y < row.y - 0.1) {
      high = middle - 1;
    } else if (y >= row.y + 0.9) {
      low = middle + 1;
    } else {
      return seatInRowAt(venue, row, x, 0.1);
    }
  }
  return undefined;
}

function seatInRowAt(venue: Venue, row: VenueRow, x: number, slack: number): number | undefined {
  const place = placeAtOrBefore(venue, row, x);
  for (const candidate of [place, place + 1]) {
    const seat = row.firstSeat + candidate;
    const left = venue.seatX[seat - 1] ?? 0;
    if (candidate < row.seats && x >= left - slack && x <= left + SEAT_SIZE + slack) {
      return seat;
    }
  }
  return undefined;
}

/** The 0-based place in the row of the last seat whose left edge is at or before x (0 if none). */
export function placeAtOrBefore(venue: Venue, row: VenueRow, x: number): number {
  let low = 0;
  let high = row.seats - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((venue.seatX[row.firstSeat + middle - 1] ?? 0) <= x) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}

/** The 0-based place in the row of the seat nearest to x (a left edge). */
function nearestPlace(venue: Venue, row: VenueRow, x: number): number {
  const low = placeAtOrBefore(venue, row, x);
  const left = venue.seatX[row.firstSeat + low - 1] ?? 0;
  const next = low + 1 < row.seats ? (venue.seatX[row.firstSeat + low] ?? Infinity) : Infinity;
  return x - left > next - x ? low + 1 : low;
}

/** Rows that overlap the band from top to bottom (inclusive indexes; empty when first > last). */
export function rowsBetween(venue: Venue, top: number, bottom: number): [number, number] {
  const rows = venue.rows;
  let first = 0;
  let high = rows.length;
  while (first < high) {
    const middle = (first + high) >> 1;
    if ((rows[middle] as VenueRow).y + 1 < top) {
      first = middle + 1;
    } else {
      high = middle;
    }
  }
  let last = first - 1;
  while (last + 1 < rows.length && (rows[last + 1] as VenueRow).y <= bottom) {
    last += 1;
  }
  return [first, last];
}

const PAGE_ROWS = 5;

/**
 * Where a key moves the focus seat: arrows along the row and to the nearest seat of the row in front
 * or behind (across aisles and sections), Home/End to the row's ends (with Ctrl the map's), PageUp and
 * PageDown five rows. Undefined for other keys.
 */
export function moveFocus(venue: Venue, seat: number, key: string, ctrl = false): number | undefined {
  const row = rowOf(venue, seat);
  if (!row) {
    return undefined;
  }
  const last = row.firstSeat + row.seats - 1;
  const toRow = (offset: number) => {
    const target = venue.rows[Math.max(0, Math.min(venue.rows.length - 1, row.index + offset))] as VenueRow;
    if (target === row) {
      return seat;
    }
    return target.firstSeat + nearestPlace(venue, target, venue.seatX[seat - 1] ?? 0);
  };
  switch (key) {
    case 'ArrowRight':
      return Math.min(seat + 1, last);
    case 'ArrowLeft':
      return Math.max(seat - 1, row.firstSeat);
    case 'ArrowDown':
      return toRow(1);
    case 'ArrowUp':
      return toRow(-1);
    case 'PageDown':
      return toRow(PAGE_ROWS);
    case 'PageUp':
      return toRow(-PAGE_ROWS);
    case 'Home':
      return ctrl ? 1 : row.firstSeat;
    case 'End':
      return ctrl ? venue.totalSeats : last;
    default:
      return undefined;
  }
}
