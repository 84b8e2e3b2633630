import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShowDetail } from '@/api/types';
import { aBooking, aCustomer, aShowDetail, SHOW_ID } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { FakeEventSource } from '@/testing/fake-event-source';
import { renderApp, signInAs } from '@/testing/render';
import { POLL_INTERVAL_MS } from '../hooks/use-show-events';

const SHOW_PATH = `/shows/${SHOW_ID}`;
const BOOKINGS_PATH = `/shows/${SHOW_ID}/bookings`;
const EVENTS = `/shows/${SHOW_ID}/events`;

function seat(name: string) {
  return screen.getByRole('gridcell', { name });
}

async function openShow(routes: Parameters<typeof fakeApi>[0] = {}, detail: ShowDetail = aShowDetail({ version: 10 })) {
  const api = fakeApi({ [`GET ${SHOW_PATH}`]: () => json(detail), 'GET /shows': () => json([]), ...routes });
  const view = renderApp(`/booking/${SHOW_ID}`);
  await screen.findByRole('grid', { name: `Seats of ${detail.name}` });
  return { api, ...view };
}

/** The page's event stream, opened, with its first snapshot sent. */
function liveStream(reservedSeats: number[] = [2, 3], version = 10) {
  const source = FakeEventSource.latest(EVENTS);
  source.open();
  source.emit('snapshot', { showId: SHOW_ID, version, totalSeats: 10, reservedSeats, availableSeats: [] }, String(version));
  return {
    source,
    seats(at: number, reserved: number[], released: number[] = []) {
      source.emit('seats', { showId: SHOW_ID, version: at, reserved, released }, String(at));
    },
  };
}

function indicator() {
  return screen.getByText(/^(Live|Connecting…|Reconnecting…|Updates every few seconds)$/);
}

describe('BookingPage, live seat map', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('turns seats others take reserved, and seats they free available, as it happens', async () => {
    await openShow();
    expect(indicator()).toHaveTextContent('Connecting…');
    const stream = liveStream();
    expect(indicator()).toHaveTextContent('Live');

    stream.seats(11, [7, 8]);
    expect(await screen.findByRole('gridcell', { name: 'Seat 7, reserved' })).toBeInTheDocument();
    expect(seat('Seat 8, reserved')).toBeInTheDocument();
    expect(screen.getByText(/6 seats available of 10/)).toBeInTheDocument();

    stream.seats(12, [], [2, 7]);
    expect(await screen.findByRole('gridcell', { name: 'Seat 2, available' })).toBeInTheDocument();
    expect(seat('Seat 7, available')).toBeInTheDocument();
    // An event the map already has (a replay) changes nothing.
    stream.seats(12, [1]);
    stream.seats(13, [9]);
    expect(await screen.findByRole('gridcell', { name: 'Seat 9, reserved' })).toBeInTheDocument();
    expect(seat('Seat 1, available')).toBeInTheDocument();
  });

  it('takes a seat someone else booked out of the selection, and says so', async () => {
    signInAs(aCustomer());
    const { user } = await openShow();
    const stream = liveStream();
    await user.click(seat('Seat 4, available'));
    await user.click(seat('Seat 5, available'));

    stream.seats(11, [4]);

    expect(await screen.findByText(/Seat 4 was just taken by someone else. It was removed from your selection./)).toBeInTheDocument();
    expect(seat('Seat 4, reserved')).toBeInTheDocument();
    expect(seat('Seat 5, selected')).toBeInTheDocument();
    expect(screen.getByText('1 seat selected of at most 10 per customer for this show')).toBeInTheDocument();
    // The note goes once the person picks again.
    await user.click(seat('Seat 6, available'));
    expect(screen.queryByText(/was just taken/)).not.toBeInTheDocument();
  });

  it('never calls the person’s own seats taken when the event comes before the booking’s answer', async () => {
    signInAs(aCustomer());
    let answer: (response: Response) => void = () => undefined;
    const { user } = await openShow({
      [`POST ${BOOKINGS_PATH}`]: () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    });
    const stream = liveStream();
    await user.click(seat('Seat 5, available'));
    await user.click(seat('Seat 6, available'));
    await user.click(screen.getByRole('button', { name: 'Book now' }));

    stream.seats(11, [5, 6]);
    await act(async () => {
      answer(json(aBooking({ status: 'CONFIRMED', seats: [5, 6] }), 201));
      await Promise.resolve();
    });

    expect(await screen.findByRole('heading', { name: 'CONFIRMED Booking confirmed' })).toBeInTheDocument();
    expect(await screen.findByRole('gridcell', { name: 'Seat 5, yours' })).toBeInTheDocument();
    expect(screen.queryByText(/was just taken/)).not.toBeInTheDocument();
  });

  it('says it is reconnecting while the stream is down', async () => {
    await openShow();
    const { source } = liveStream();

    source.fail();
    expect(indicator()).toHaveTextContent('Reconnecting…');
    source.open();
    expect(indicator()).toHaveTextContent('Live');
  });

  it('fetches the map every few seconds when live events are unavailable', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.stubGlobal('EventSource', undefined);
    let detail = aShowDetail();
    const { api } = await openShow({ [`GET ${SHOW_PATH}`]: () => json(detail) });
    expect(indicator()).toHaveTextContent('Updates every few seconds');
    expect(api.count('GET', SHOW_PATH)).toBe(1);

    detail = aShowDetail({ reservedSeats: [2, 3, 9] });
    await act(() => vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS));

    expect(await screen.findByRole('gridcell', { name: 'Seat 9, reserved' })).toBeInTheDocument();
    expect(api.count('GET', SHOW_PATH)).toBe(2);
  });

  it('falls back to polling when the stream is refused again and again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api } = await openShow();

    for (let attempt = 1; attempt <= 3; attempt++) {
      FakeEventSource.latest(EVENTS).fail({ closed: true });
      await act(() => vi.advanceTimersByTimeAsync(attempt < 3 ? 2 ** attempt * 1000 : 0));
    }

    expect(indicator()).toHaveTextContent('Updates every few seconds');
    const before = api.count('GET', SHOW_PATH);
    await act(() => vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS));
    expect(api.count('GET', SHOW_PATH)).toBeGreaterThan(before);
  });

  it('keeps the connection indicator in words, in the seat map’s header', async () => {
    await openShow();
    liveStream();

    const map = screen.getByRole('region', { name: 'Seat map' });
    expect(within(map).getByRole('status')).toHaveTextContent('Seat map updates: Live');
  });
});
