import { describe, expect, it } from 'vitest';
import { buildVenue, formatPrice, moveFocus, rowsBetween, seatAt, seatName, seatPrice, SEAT_SIZE, totalPrice, type Layout } from './venue';

const EUR = (amount: string) => ({ amount, currency: 'EUR' });

/** The layout of DESIGN.md §11, as show responses describe it (firstSeat, effective prices). */
const SWAN_LAKE: Layout = {
  sections: [
    {
      name: 'Stalls',
      price: EUR('45.00'),
      rows: [
        { label: 'A', seats: 20, gapsAfter: [10], firstSeat: 1, price: EUR('45.00') },
        { label: 'B', seats: 22, gapsAfter: [], firstSeat: 21, price: EUR('45.00') },
      ],
    },
    { name: 'Balcony', price: null, rows: [{ label: 'A', seats: 16, gapsAfter: [], firstSeat: 43, price: EUR('30.00') }] },
  ],
};

describe('venue geometry', () => {
  const venue = buildVenue(58, SWAN_LAKE);

  it('names seats as the API does, by section, row and place in the row', () => {
    expect(seatName(venue, 1)).toBe('Stalls A-1');
    expect(seatName(venue, 12)).toBe('Stalls A-12');
    expect(seatName(venue, 21)).toBe('Stalls B-1');
    expect(seatName(venue, 58)).toBe('Balcony A-16');
    expect(seatPrice(venue, 43)).toEqual(EUR('30.00'));
  });

  it('leaves an aisle after the gap and centres rows under each other', () => {
    const x = (seat: number) => venue.seatX[seat - 1] ?? NaN;

    expect(x(2) - x(1)).toBe(1);
    expect(x(11) - x(10)).toBe(2);
    const rowA = venue.rows[0];
    const rowB = venue.rows[1];
    expect(rowA && rowB && rowA.x + rowA.width / 2).toBeCloseTo(rowB ? rowB.x + rowB.width / 2 : NaN);
    expect(rowB && rowA && rowB.y - rowA.y).toBeCloseTo(1);
    // The balcony is behind the stalls, with its name between them.
    expect(venue.rows[2]?.y ?? 0).toBeGreaterThan((rowB?.y ?? 0) + 1);
    expect(venue.sections.map((section) => section.name)).toEqual(['Stalls', 'Balcony']);
  });

  it('makes one price category per price, dearest first, with the sections that have it', () => {
    expect(venue.categories.map((category) => [formatPrice(category.price), category.sections])).toEqual([
      [formatPrice(EUR('45.00')), ['Stalls']],
      [formatPrice(EUR('30.00')), ['Balcony']],
    ]);
    expect(venue.categories[0]?.colour).not.toBe(venue.categories[1]?.colour);
  });

  it('finds the seat under a point, and none in an aisle or between rows', () => {
    const row = venue.rows[0];
    const y = (row?.y ?? 0) + 0.4;

    expect(seatAt(venue, (venue.seatX[11] ?? 0) + SEAT_SIZE / 2, y)).toBe(12);
    expect(seatAt(venue, (venue.seatX[9] ?? 0) + 1.5, y)).toBeUndefined();
    expect(seatAt(venue, (venue.seatX[0] ?? 0) + 0.2, (venue.rows[2]?.y ?? 0) - 0.7)).toBeUndefined();
    expect(seatAt(venue, -5, y)).toBeUndefined();
  });

  it('moves a keyboard focus along rows, to the nearest seat in front or behind, and to row ends', () => {
    expect(moveFocus(venue, 10, 'ArrowRight')).toBe(11);
    expect(moveFocus(venue, 20, 'ArrowRight')).toBe(20);
    expect(moveFocus(venue, 21, 'ArrowLeft')).toBe(21);
    // Row B is one unit wider, centred: A-1 sits between B-1 and B-2 (a tie goes left).
    expect(moveFocus(venue, 1, 'ArrowDown')).toBe(21);
    expect(moveFocus(venue, 22, 'ArrowUp')).toBe(1);
    expect(moveFocus(venue, 23, 'ArrowUp')).toBe(2);
    // From the stalls' back row to the balcony's nearest seat, and back.
    expect(seatName(venue, moveFocus(venue, 31, 'ArrowDown') ?? 0)).toMatch(/^Balcony A-/);
    expect(moveFocus(venue, 1, 'ArrowUp')).toBe(1);
    expect(moveFocus(venue, 25, 'Home')).toBe(21);
    expect(moveFocus(venue, 25, 'End')).toBe(42);
    expect(moveFocus(venue, 25, 'End', true)).toBe(58);
    expect(moveFocus(venue, 25, 'x')).toBeUndefined();
  });

  it('wraps a map without layout into rows of the given width, named "Seat n"', () => {
    const plain = buildVenue(45, null, 20);

    expect(plain.hasLayout).toBe(false);
    expect(plain.rows.map((row) => [row.firstSeat, row.seats])).toEqual([
      [1, 20],
      [21, 20],
      [41, 5],
    ]);
    expect(seatName(plain, 7)).toBe('Seat 7');
    expect(plain.categories).toEqual([]);
    expect(moveFocus(plain, 3, 'ArrowDown')).toBe(23);
    expect(moveFocus(plain, 30, 'ArrowDown')).toBe(45);
  });

  it('finds the rows in a band quickly, for drawing only what is in view', () => {
    const big = buildVenue(100_000, { sections: [{ name: 'Floor', rows: Array.from({ length: 100 }, (_, index) => ({ label: `R${index + 1}`, seats: 1000, firstSeat: index * 1000 + 1 })) }] });
    const [first, last] = rowsBetween(big, (big.rows[10]?.y ?? 0) + 0.5, (big.rows[12]?.y ?? 0) + 0.5);

    expect([first, last]).toEqual([10, 12]);
    expect(seatName(big, 100_000)).toBe('Floor R100-1000');
  });

  it('adds prices of one currency, and gives no total for mixed or missing prices', () => {
    expect(totalPrice([EUR('45.00'), EUR('45.00'), EUR('30.10')])).toEqual(EUR('120.10'));
    expect(totalPrice([EUR('45.00'), null])).toBeUndefined();
    expect(totalPrice([EUR('45.00'), { amount: '1.00', currency: 'USD' }])).toBeUndefined();
    expect(totalPrice([])).toBeUndefined();
  });
});
