import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Booking } from '@/api/types';
import { aBooking } from '@/testing/data';
import { BookingStatusPanel } from './BookingStatusPanel';

const NOW = new Date('2099-01-01T10:00:00Z');

function renderPanel(
  booking: Booking | undefined,
  handlers: Partial<Record<'onConfirm' | 'onCancel', () => void>> = {},
  paused = false,
) {
  return render(
    <MemoryRouter>
      <BookingStatusPanel
        booking={booking}
        action={null}
        paused={paused}
        onConfirm={handlers.onConfirm ?? vi.fn()}
        onCancel={handlers.onCancel ?? vi.fn()}
      />
    </MemoryRouter>,
  );
}

function panel() {
  return screen.getByRole('region', { name: /PENDING|CONFIRMED|FAILED|CANCELLED/ });
}

describe('BookingStatusPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows nothing but an empty live region before any booking', () => {
    renderPanel(undefined);

    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('shows a held booking with confirm and cancel buttons (its countdown is the hold timer’s)', () => {
    renderPanel(aBooking({ status: 'PENDING', seats: [5, 6], expiresAt: '2099-01-01T10:02:00Z' }));

    expect(within(panel()).getByRole('heading', { name: 'PENDING Seats held' })).toBeInTheDocument();
    expect(screen.getByText(/Seats 5 and 6 are held for you/)).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm booking' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Cancel hold' })).toBeEnabled();
  });

  it('keeps its buttons waiting while writes must wait (after too many attempts)', () => {
    renderPanel(aBooking({ status: 'PENDING', seats: [5], expiresAt: '2099-01-01T10:02:00Z' }), {}, true);

    expect(screen.getByRole('button', { name: 'Confirm booking' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel hold' })).toBeDisabled();
  });

  it('calls back when confirm or cancel is pressed', async () => {
    vi.useRealTimers();
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    renderPanel(aBooking({ status: 'PENDING', expiresAt: '2999-01-01T10:02:00Z' }), { onConfirm, onCancel });

    await userEvent.click(screen.getByRole('button', { name: 'Confirm booking' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: 'Cancel hold' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel this hold?' });
    expect(dialog).toHaveAccessibleDescription('Seats 5 and 6 will be released, and anyone may book them. This cannot be undone.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep hold' }));
    expect(onCancel).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel hold' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel hold' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('speaks of a single held seat in the singular', () => {
    renderPanel(aBooking({ status: 'PENDING', seats: [5], expiresAt: '2099-01-01T10:02:00Z' }));

    expect(panel()).toHaveTextContent('Seat 5 is held for you. Confirm before the time runs out, or it goes back on sale.');
  });

  it('shows a confirmed booking, which can still be cancelled', () => {
    renderPanel(aBooking({ status: 'CONFIRMED', seats: [7], userName: 'Grace' }));

    expect(within(panel()).getByRole('heading', { name: 'CONFIRMED Booking confirmed' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Seat 7 is booked for Grace. Find it any time in My bookings.');
    expect(within(panel()).getByRole('link', { name: 'My bookings' })).toHaveAttribute('href', '/my-bookings');
    expect(screen.getByRole('button', { name: 'Cancel booking' })).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Booking confirmed.');
  });

  it('shows a failed booking with the seats that were taken', () => {
    renderPanel(aBooking({ status: 'FAILED', seats: [4, 5, 6], failureReason: 'SEATS_UNAVAILABLE', conflictingSeats: [5] }));

    expect(within(panel()).getByRole('heading', { name: 'FAILED Booking failed' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Nothing was booked: seat 5 was just taken by someone else. It is marked ✕ on the map');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows an expired hold', () => {
    renderPanel(aBooking({ status: 'FAILED', seats: [1, 2], failureReason: 'HOLD_EXPIRED' }));

    expect(within(panel()).getByRole('heading', { name: 'FAILED Hold expired' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('The hold on seats 1 and 2 ran out before it was confirmed, so the seats went back on sale.');
  });

  it('shows a cancelled booking', () => {
    renderPanel(aBooking({ status: 'CANCELLED', seats: [8, 9] }));

    expect(within(panel()).getByRole('heading', { name: 'CANCELLED Booking cancelled' })).toBeInTheDocument();
    expect(screen.getByText('Seats 8 and 9 were released and can be booked again.')).toBeInTheDocument();
  });
});
