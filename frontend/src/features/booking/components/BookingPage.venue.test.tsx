import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aBooking, aCustomer, aShowDetail, SHOW_ID } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderApp, signInAs } from '@/testing/render';
import { bitsFromSeats, encodeBitmap } from '../utils/seat-bitmap';
import { formatPrice, type Layout } from '../utils/venue';

const SHOW_PATH = `/shows/${SHOW_ID}`;
const BOOKINGS_PATH = `/shows/${SHOW_ID}/bookings`;
const EUR = (amount: string) => ({ amount, currency: 'EUR' });

const LAYOUT: Layout = {
  sections: [
    {
      name: 'Stalls',
      price: EUR('45.00'),
      rows: [
        { label: 'A', seats: 6, gapsAfter: [3], firstSeat: 1, price: EUR('45.00') },
        { label: 'B', seats: 6, gapsAfter: [3], firstSeat: 7, price: EUR('45.00') },
      ],
    },
    { name: 'Balcony', price: EUR('30.00'), rows: [{ label: 'A', seats: 4, gapsAfter: [], firstSeat: 13, price: EUR('30.00') }] },
  ],
};

/** The bitmap view of a show, as GET /shows/{id}?view=bitmap answers. */
function bitmapView(totalSeats: number, reserved: number[], extra: Record<string, unknown> = {}) {
  const show: Record<string, unknown> = { ...aShowDetail({ totalSeats, reservedSeats: reserved }) };
  delete show.reservedSeats;
  delete show.availableSeats;
  return { ...show, layout: null, currency: null, reservedBitmap: encodeBitmap(bitsFromSeats(totalSeats, reserved)), ...extra };
}

function layoutShow(reserved: number[] = [2]) {
  return bitmapView(16, reserved, { name: 'Swan Lake', layout: LAYOUT, currency: 'EUR' });
}

async function open(detail: object, routes: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi({ [`GET ${SHOW_PATH}`]: () => json(detail), 'GET /shows': () => json([]), ...routes });
  const view = renderApp(`/booking/${SHOW_ID}`);
  await screen.findByRole('heading', { level: 2, name: 'Seat map' });
  return { api, ...view };
}

describe('BookingPage with a venue layout', () => {
  it('asks for the bitmap view and shows sections, row labels, seat names with prices and a price legend', async () => {
    const { api } = await open(layoutShow());

    expect(api.lastCall('GET', SHOW_PATH)?.query.get('view')).toBe('bitmap');
    const stalls = screen.getByRole('grid', { name: 'Seats of Swan Lake: Stalls' });
    expect(within(stalls).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['A', 'B']);
    expect(within(stalls).getByRole('gridcell', { name: `Stalls A-2, reserved, ${formatPrice(EUR('45.00'))}` })).toBeInTheDocument();
    const aisleSeat = within(stalls).getByRole('gridcell', { name: `Stalls A-4, available, ${formatPrice(EUR('45.00'))}` });
    expect(aisleSeat).toHaveAttribute('data-aisle', 'true');
    expect(screen.getByRole('grid', { name: 'Seats of Swan Lake: Balcony' })).toBeInTheDocument();
    const prices = screen.getByRole('list', { name: 'Prices' });
    expect(within(prices).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `${formatPrice(EUR('45.00'))} · Stalls`,
      `${formatPrice(EUR('30.00'))} · Balcony`,
    ]);
  });

  it('shows a tooltip with the seat’s name and price on hover and on focus', async () => {
    await open(layoutShow());
    const seat = screen.getByRole('gridcell', { name: /^Balcony A-3, available/ });

    fireEvent.mouseOver(seat);
    expect(document.querySelector('.seat-tooltip')).toHaveTextContent(`Balcony A-3, available, ${formatPrice(EUR('30.00'))}`);
    fireEvent.mouseLeave(seat.closest('.seat-grid-scroller') as Element);
    expect(document.querySelector('.seat-tooltip')).toBeNull();

    fireEvent.focus(seat);
    expect(document.querySelector('.seat-tooltip')).toHaveTextContent('Balcony A-3');
  });

  it('lists the picked seats by name with their total, and books them', async () => {
    signInAs(aCustomer());
    const { api, user } = await open(layoutShow(), {
      [`POST ${BOOKINGS_PATH}`]: () =>
        json({ ...aBooking({ seats: [4, 13] }), seatLabels: ['Stalls A-4', 'Balcony A-1'], totalPrice: EUR('75.00') }, 201),
    });

    await user.click(screen.getByRole('gridcell', { name: /^Stalls A-4, available/ }));
    await user.click(screen.getByRole('gridcell', { name: /^Balcony A-1, available/ }));

    const panel = screen.getByRole('region', { name: 'Your selection' });
    expect(within(panel).getByRole('button', { name: 'Remove Stalls A-4' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Remove Balcony A-1' })).toBeInTheDocument();
    expect(within(panel).getByText(`Total ${formatPrice(EUR('75.00'))}`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Book now' }));

    expect(await screen.findByText(/Stalls A-4 and Balcony A-1 are booked for/)).toHaveTextContent(`Total ${formatPrice(EUR('75.00'))}.`);
    expect(api.lastBody('POST', BOOKINGS_PATH)).toEqual({ seats: [4, 13], hold: false });
  });

  it('moves along a row and across the aisle with arrow keys, and to the nearest seat behind', async () => {
    const { user } = await open(layoutShow([]));
    const first = screen.getByRole('gridcell', { name: /^Stalls A-1,/ });
    first.focus();

    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('gridcell', { name: /^Stalls A-4,/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('gridcell', { name: /^Stalls B-4,/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Balcony A-/);
    await user.keyboard(' ');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/, selected, /);
  });

  it('lets the server pick the best seats, and says which it picked and what they cost', async () => {
    signInAs(aCustomer());
    const { api, user } = await open(layoutShow(), {
      [`POST ${BOOKINGS_PATH}`]: () =>
        json(
          { ...aBooking({ status: 'PENDING', seats: [8, 9], expiresAt: '2099-12-24T19:00:00Z' }), seatLabels: ['Stalls B-2', 'Stalls B-3'], totalPrice: EUR('90.00') },
          201,
        ),
    });
    const picker = screen.getByRole('region', { name: 'Best available' });

    await user.selectOptions(within(picker).getByLabelText('Seats'), '2');
    await user.selectOptions(within(picker).getByLabelText('Section'), 'Stalls');
    await user.click(within(picker).getByRole('button', { name: 'Hold best 2 seats' }));

    expect(await screen.findByText(/Stalls B-2 and Stalls B-3 are held for you/)).toHaveTextContent(`Total ${formatPrice(EUR('90.00'))}.`);
    expect(api.lastBody('POST', BOOKINGS_PATH)).toEqual({ quantity: 2, section: 'Stalls', together: true, hold: true });
  });

  it('explains in plain words when not enough seats are left together', async () => {
    signInAs(aCustomer());
    const { user } = await open(layoutShow(), {
      [`POST ${BOOKINGS_PATH}`]: () =>
        problem(409, 'not-enough-adjacent-seats', 'Not enough adjacent seats', 'No block of 4', undefined, { largestBlock: 3 }),
    });
    const picker = screen.getByRole('region', { name: 'Best available' });
    await user.selectOptions(within(picker).getByLabelText('Seats'), '4');
    await user.click(within(picker).getByRole('button', { name: 'Book best 4 seats' }));

    expect(await screen.findByText(/at most 3 are together in one row\. Choose 3 or fewer, or untick “Seats together”/)).toBeInTheDocument();
  });

  it('explains in plain words when fewer seats are left than asked for', async () => {
    signInAs(aCustomer());
    const { user } = await open(layoutShow(), {
      [`POST ${BOOKINGS_PATH}`]: () =>
        problem(409, 'not-enough-seats', 'Not enough seats', 'Only 1 seat left', undefined, { available: 1, section: 'Balcony' }),
    });
    await user.click(within(screen.getByRole('region', { name: 'Best available' })).getByRole('button', { name: /^Book best/ }));

    expect(await screen.findByText('Only 1 seat is left in Balcony. Choose 1 or fewer.')).toBeInTheDocument();
  });

  it('says when a show is sold out, and offers nothing to pick', async () => {
    signInAs(aCustomer());
    await open(layoutShow(Array.from({ length: 16 }, (_, index) => index + 1)));

    expect(screen.getByText('Sold out')).toBeInTheDocument();
    const picker = screen.getByRole('region', { name: 'Best available' });
    expect(within(picker).getByRole('button', { name: /^Book best/ })).toBeDisabled();
    expect(within(picker).getByText('Sold out: no seats to pick.')).toBeInTheDocument();
  });
});

describe('BookingPage with a big venue', () => {
  const BIG = 3000;

  it('draws the map on a canvas that keyboards and screen readers can use', async () => {
    signInAs(aCustomer());
    const { user } = await open(bitmapView(BIG, [1, 2]));
    const map = screen.getByRole('application', { name: 'Seats of Winter Concert' });
    expect(map).toHaveAccessibleDescription(/arrow keys move between seats, Enter or Space selects/);
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Whole map' })).toBeInTheDocument();

    map.focus();
    // The first arrow key puts the focus on the first free seat.
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByText('Seat 3, available')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Seat 4, available')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Seat 4, selected')).toBeInTheDocument();
    expect(screen.getByText(/^1 seat selected of at most/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove seat 4' })).toBeInTheDocument();
  });
});
