import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShowBooking, ShowCancellation, ShowDetail } from '@/api/types';
import { anAdmin, aShowDetail, SHOW_ID } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderApp, signInAs } from '@/testing/render';

const SHOW = `/shows/${SHOW_ID}`;
const BOOKING_IDS = ['1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c01', '1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c02'];

function aShowBooking(overrides: Partial<ShowBooking> = {}): ShowBooking {
  return {
    id: BOOKING_IDS[0] as string,
    showId: SHOW_ID,
    username: 'ada',
    userName: 'Ada Lovelace',
    status: 'CONFIRMED',
    seats: [2, 3],
    createdAt: '2099-01-01T10:00:00Z',
    updatedAt: '2099-01-01T10:00:00Z',
    ...overrides,
  };
}

function progress(overrides: Partial<ShowCancellation> = {}): ShowCancellation {
  return {
    id: SHOW_ID,
    status: 'CANCELLED',
    cancelledAt: '2099-01-02T10:00:00Z',
    bookingsToCancel: 3,
    bookingsCancelled: 0,
    completed: false,
    ...overrides,
  };
}

function field(name: string) {
  return screen.getByLabelText(name);
}

function editForm() {
  return screen.getByRole('form', { name: 'Edit show' });
}

type Routes = Parameters<typeof fakeApi>[0];

/** The admin page of one show; the server holds the show at `version` (its ETag `"<version>.map"`). */
async function openShow(routes: Routes = {}, show: ShowDetail = aShowDetail({ reservedSeats: [] }), version = 7) {
  signInAs(anAdmin());
  const api = fakeApi({
    [`GET ${SHOW}`]: () => json(show, 200, { ETag: `"${version}.map"` }),
    [`GET ${SHOW}/bookings`]: () => json([], 200, { 'X-Total-Count': '0' }),
    ...routes,
  });
  const view = renderApp(`/admin/shows/${SHOW_ID}`);
  await screen.findByRole('heading', { level: 1, name: show.name });
  return { api, ...view };
}

describe('AdminShowPage: editing', () => {
  it('saves only what changed, with the ETag in If-Match, and shows the saved show', async () => {
    const { api, user } = await openShow({
      [`PATCH ${SHOW}`]: (_params, body) => json(aShowDetail({ reservedSeats: [], ...(body as object) }), 200, { ETag: '"8.map"' }),
    });

    await user.clear(field('Name'));
    await user.type(field('Name'), ' Summer Concert ');
    await user.click(within(editForm()).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved: Summer Concert.')).toBeInTheDocument();
    const call = api.lastCall('PATCH', SHOW);
    expect(call?.headers.get('If-Match')).toBe('"7.map"');
    expect(call?.body).toEqual({ name: 'Summer Concert' });
    expect(screen.getByRole('heading', { level: 1, name: 'Summer Concert' })).toBeInTheDocument();
    expect(field('Name')).toHaveValue('Summer Concert');
  });

  it('says nothing changed instead of sending an empty change', async () => {
    const { api, user } = await openShow();

    await user.click(within(editForm()).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Nothing changed, so there is nothing to save.')).toBeInTheDocument();
    expect(api.count('PATCH', SHOW)).toBe(0);
  });

  it('refuses a new start time in the past before sending, beside its field', async () => {
    const { api, user } = await openShow();

    await user.clear(field('Start time'));
    await user.type(field('Start time'), '2001-05-05T20:00');
    await user.click(within(editForm()).getByRole('button', { name: 'Save changes' }));

    expect(field('Start time')).toHaveAccessibleDescription(expect.stringContaining('The start time must be in the future.'));
    expect(field('Start time')).toHaveFocus();
    expect(api.count('PATCH', SHOW)).toBe(0);
  });

  it('on 412 says someone else changed the show, and reloads it on request', async () => {
    let version = 7;
    let name = 'Winter Concert';
    const { api, user } = await openShow({
      [`GET ${SHOW}`]: () => json(aShowDetail({ name, reservedSeats: [] }), 200, { ETag: `"${version}.map"` }),
      [`PATCH ${SHOW}`]: () =>
        problem(412, 'precondition-failed', 'Precondition failed', 'The show has changed since you read it (version 8).'),
    });
    // Meanwhile another admin renames it.
    version = 8;
    name = 'Winter Gala';

    await user.clear(field('Name'));
    await user.type(field('Name'), 'Mine');
    await user.click(within(editForm()).getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this show');
    const reload = within(alert).getByRole('button', { name: 'Reload show' });
    expect(reload).toHaveFocus();
    expect(within(editForm()).getByRole('button', { name: 'Save changes' })).toBeDisabled();

    await user.click(reload);

    await waitFor(() => expect(field('Name')).toHaveValue('Winter Gala'));
    expect(screen.queryByText('Someone else changed this show')).not.toBeInTheDocument();
    expect(field('Name')).toHaveFocus();
    expect(api.lastCall('PATCH', SHOW)?.headers.get('If-Match')).toBe('"7.map"');
  });

  it('puts show-has-bookings beside the seats field', async () => {
    const { user } = await openShow({
      [`PATCH ${SHOW}`]: () =>
        problem(409, 'show-has-bookings', 'Show has bookings', 'The seats of a show can change only while it has no bookings.'),
    });

    await user.clear(field('Number of seats'));
    await user.type(field('Number of seats'), '40');
    await user.click(within(editForm()).getByRole('button', { name: 'Save changes' }));

    await waitFor(() =>
      expect(field('Number of seats')).toHaveAccessibleDescription(
        expect.stringContaining('The number of seats can no longer change: this show has bookings.'),
      ),
    );
    expect(field('Number of seats')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Number of seats')).toHaveFocus();
  });

  it('keeps the seats as they are while seats are taken', async () => {
    await openShow({}, aShowDetail({ reservedSeats: [2, 3] }));

    expect(field('Number of seats')).toHaveAttribute('readonly');
    expect(field('Number of seats')).toHaveAccessibleDescription(expect.stringContaining('Seats are booked or held'));
  });

  it('puts a 400’s violations beside their fields', async () => {
    const { user } = await openShow({
      [`PATCH ${SHOW}`]: () =>
        problem(400, 'validation', 'Invalid request', 'The show could not be changed.', [
          { field: 'update.request.startTime', message: 'must be in the future' },
        ]),
    });

    await user.clear(field('Start time'));
    await user.type(field('Start time'), '2098-03-01T22:15');
    await user.click(within(editForm()).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The show could not be changed.');
    expect(field('Start time')).toHaveAccessibleDescription(expect.stringContaining('must be in the future'));
    expect(field('Start time')).toHaveFocus();
  });
});

describe('AdminShowPage: cancelling', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks first, naming how many bookings go with the show, then shows the progress until done', async () => {
    let state = progress();
    let show = aShowDetail({ reservedSeats: [2, 3, 4] });
    const { api, user } = await openShow(
      {
        [`GET ${SHOW}`]: () => json(show, 200, { ETag: '"7.map"' }),
        [`GET ${SHOW}/bookings`]: () => json([aShowBooking()], 200, { 'X-Total-Count': '3' }),
        [`POST ${SHOW}/cancel`]: () => {
          show = aShowDetail({ status: 'CANCELLED', cancelledAt: '2099-01-02T10:00:00Z', reservedSeats: [2, 3, 4] });
          return json(state, 202);
        },
        [`GET ${SHOW}/cancellation`]: () => {
          state = progress({ bookingsCancelled: 3, completed: true });
          show = aShowDetail({ status: 'CANCELLED', cancelledAt: '2099-01-02T10:00:00Z', reservedSeats: [] });
          return json(state);
        },
      },
      aShowDetail({ reservedSeats: [2, 3, 4] }),
    );

    await user.click(screen.getByRole('button', { name: 'Cancel show…' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel Winter Concert?' });
    expect(dialog).toHaveTextContent('Its 3 bookings (held or confirmed) are cancelled too and their seats freed');
    expect(within(dialog).getByRole('button', { name: 'Keep show' })).toHaveFocus();
    const count = api.calls.find((call) => call.path === `${SHOW}/bookings` && call.query.get('limit') === '1');
    expect(count?.query.get('status')).toBe('PENDING,CONFIRMED');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel show' }));

    expect(await screen.findByText('The show is cancelled, and all 3 bookings with it.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.count('POST', `${SHOW}/cancel`)).toBe(1);
    expect(api.lastCall('POST', `${SHOW}/cancel`)?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await screen.findByText('A cancelled show can no longer be edited.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit show' })).not.toBeInTheDocument();
  });

  it('backs out without cancelling', async () => {
    const { api, user } = await openShow({ [`GET ${SHOW}/bookings`]: () => json([], 200, { 'X-Total-Count': '0' }) });

    await user.click(screen.getByRole('button', { name: 'Cancel show…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Nobody has booked or holds seats of it, so no booking is cancelled.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep show' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.count('POST', `${SHOW}/cancel`)).toBe(0);
  });

  it('shows a running cancellation as progress when the page opens', async () => {
    await openShow(
      { [`GET ${SHOW}/cancellation`]: () => json(progress({ bookingsToCancel: 3000, bookingsCancelled: 1200 })) },
      aShowDetail({ status: 'CANCELLED', cancelledAt: '2099-01-02T10:00:00Z' }),
    );

    expect(await screen.findByText('Cancelling bookings: 1,200 of 3,000 done.')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Bookings cancelled so far' });
    expect(bar).toHaveAttribute('value', '1200');
    expect(bar).toHaveAttribute('max', '3000');
  });
});

describe('AdminShowPage: bookings', () => {
  it('lists the show’s bookings, filters them by status and user, and pages with the cursor', async () => {
    const { api, user } = await openShow({
      [`GET ${SHOW}/bookings`]: (_params, _body, request) => {
        const query = new URL(request.url).searchParams;
        if (query.get('cursor') === 'next-page') {
          return json([aShowBooking({ id: BOOKING_IDS[1], username: 'bob', seats: [9] })], 200, { 'X-Total-Count': '51' });
        }
        return json([aShowBooking()], 200, {
          'X-Total-Count': '51',
          Link: `<${SHOW}/bookings?limit=50&cursor=next-page>; rel="next"`,
        });
      },
    });

    const table = await screen.findByRole('table', { name: 'Bookings, page 1' });
    expect(within(table).getByRole('row', { name: /ada/ })).toHaveTextContent('CONFIRMED');
    expect(screen.getByText('51 bookings; showing 1–1.')).toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation', { name: 'Pages of bookings' })).getByRole('button', { name: /Next/ }));
    expect(await screen.findByRole('table', { name: 'Bookings, page 2' })).toHaveTextContent('bob');

    await user.click(within(screen.getByRole('navigation', { name: 'Pages of bookings' })).getByRole('button', { name: /Previous/ }));
    expect(await screen.findByRole('table', { name: 'Bookings, page 1' })).toHaveTextContent('ada');

    await user.selectOptions(screen.getByLabelText('Status'), 'Held or confirmed');
    await waitFor(() => expect(api.lastCall('GET', `${SHOW}/bookings`)?.query.get('status')).toBe('PENDING,CONFIRMED'));
    await user.type(screen.getByLabelText('Username'), 'bob{Enter}');
    await waitFor(() => expect(api.lastCall('GET', `${SHOW}/bookings`)?.query.get('user')).toBe('bob'));
    const last = api.lastCall('GET', `${SHOW}/bookings`)?.query;
    expect(last?.get('status')).toBe('PENDING,CONFIRMED');
    expect(last?.get('cursor')).toBeNull();
    expect(last?.get('limit')).toBe('50');
  });

  it('downloads the matching bookings as CSV', async () => {
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const createObjectURL = vi.fn(() => 'blob:bookings');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { api, user } = await openShow({
      [`GET ${SHOW}/bookings`]: (_params, _body, request) =>
        request.headers.get('Accept') === 'text/csv'
          ? new Response('id,username,status,seats,created_at,updated_at\n', {
              headers: { 'content-type': 'text/csv', 'Content-Disposition': 'attachment; filename="bookings-winter.csv"' },
            })
          : json([aShowBooking()], 200, { 'X-Total-Count': '1' }),
    });
    await screen.findByRole('table', { name: 'Bookings, page 1' });
    await user.selectOptions(screen.getByLabelText('Status'), 'Cancelled');

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    expect(await screen.findByText('Downloaded bookings-winter.csv.')).toBeInTheDocument();
    expect(clicked).toEqual([{ download: 'bookings-winter.csv', href: 'blob:bookings' }]);
    const csvCall = api.calls.find((call) => call.headers.get('Accept') === 'text/csv');
    expect(csvCall?.query.get('status')).toBe('CANCELLED');
    expect(csvCall?.query.get('cursor')).toBeNull();
    click.mockRestore();
  });

  it('says why a download failed', async () => {
    const { user } = await openShow({
      [`GET ${SHOW}/bookings`]: (_params, _body, request) =>
        request.headers.get('Accept') === 'text/csv'
          ? problem(403, 'admins-only', 'Admins only', 'Only admins can see the bookings of a show.')
          : json([], 200, { 'X-Total-Count': '0' }),
    });
    await screen.findByRole('heading', { name: 'No bookings yet' });

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The CSV file could not be downloaded');
    expect(alert).toHaveTextContent('Only admins can see the bookings of a show.');
  });
});

describe('AdminShowPage: addresses', () => {
  it('says so for a show that does not exist', async () => {
    signInAs(anAdmin());
    fakeApi({ [`GET ${SHOW}`]: () => problem(404, 'show-not-found', 'Show not found', 'No such show.') });
    renderApp(`/admin/shows/${SHOW_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Show not found' })).toBeInTheDocument();
  });
});
