import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '@/api/api-error';
import type { BookingStatus } from '@/api/types';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadingState } from '@/components/ui/LoadingState';
import { Pager } from '@/components/ui/Pager';
import { formatDateTime, plural } from '@/lib/format';
import { fetchBookingsCsv, saveFile } from '../api/download-bookings';
import { getShowBookingsQueryOptions, SHOW_BOOKINGS_PAGE_SIZE, type ShowBookingsFilter } from '../api/show-bookings';

const STATUS_CHOICES: { value: string; label: string; statuses: BookingStatus[] }[] = [
  { value: '', label: 'Any status', statuses: [] },
  { value: 'active', label: 'Held or confirmed', statuses: ['PENDING', 'CONFIRMED'] },
  { value: 'PENDING', label: 'Held', statuses: ['PENDING'] },
  { value: 'CONFIRMED', label: 'Confirmed', statuses: ['CONFIRMED'] },
  { value: 'CANCELLED', label: 'Cancelled', statuses: ['CANCELLED'] },
  { value: 'FAILED', label: 'Failed', statuses: ['FAILED'] },
];

function statusesOf(choice: string): BookingStatus[] {
  return STATUS_CHOICES.find((option) => option.value === choice)?.statuses ?? [];
}

function seatList(seats: readonly number[]): string {
  return [...seats].sort((a, b) => a - b).join(', ');
}

/**
 * A show's bookings for its admin: filtered by status and by username, 50 a page with Previous and
 * Next (the cursors of the pages seen are kept, so Previous goes back without the server's help),
 * and a CSV download of everything the filters match.
 */
export function ShowBookingsTable({ showId }: { showId: string }) {
  const id = useId();
  const [statusChoice, setStatusChoice] = useState('');
  const [userInput, setUserInput] = useState('');
  const [filter, setFilter] = useState<ShowBookingsFilter>({ statuses: [], user: '' });
  const [cursors, setCursors] = useState<string[]>([]);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const query = useQuery(getShowBookingsQueryOptions(showId, filter, cursors.at(-1)));
  const { data: page, error, isPlaceholderData, refetch } = query;

  function apply(next: ShowBookingsFilter) {
    setFilter(next);
    setCursors([]);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({ statuses: statusesOf(statusChoice), user: userInput.trim() });
  }

  async function download() {
    setDownloadError(null);
    setDownloading(true);
    setAnnouncement('Preparing the CSV file…');
    try {
      const file = await fetchBookingsCsv(showId, filter);
      saveFile(file);
      setAnnouncement(`Downloaded ${file.fileName}.`);
    } catch (failure) {
      setDownloadError(toApiError(failure));
      setAnnouncement('');
    } finally {
      setDownloading(false);
    }
  }

  const pageNumber = cursors.length + 1;
  const hasPrevious = cursors.length > 0;
  const nextCursor = isPlaceholderData ? undefined : page?.nextCursor;
  const filtered = filter.statuses.length > 0 || filter.user !== '';

  let summary = '';
  if (page && !isPlaceholderData) {
    const count = page.bookings.length;
    const first = (pageNumber - 1) * SHOW_BOOKINGS_PAGE_SIZE + 1;
    if (page.total !== undefined && page.total > 0 && (hasPrevious || page.nextCursor)) {
      summary = `${plural(page.total, 'booking')}; showing ${first.toLocaleString()}–${(first + count - 1).toLocaleString()}.`;
    } else if (page.total !== undefined) {
      summary = page.total === 0 ? 'No bookings match.' : `${plural(page.total, 'booking')}.`;
    } else {
      summary = count === 0 ? 'No bookings match.' : `Page ${pageNumber}: ${plural(count, 'booking')}.`;
    }
  } else if (isPlaceholderData) {
    summary = 'Loading bookings…';
  }

  let table;
  if (page === undefined) {
    table = error ? (
      <ErrorState title="Could not load the bookings" message={error.message} onRetry={() => void refetch()} />
    ) : (
      <LoadingState label="Loading bookings…" />
    );
  } else if (page.bookings.length === 0 && pageNumber === 1) {
    table = (
      <EmptyState title={filtered ? 'No bookings match' : 'No bookings yet'}>
        <p>{filtered ? 'Try another status or username.' : 'Bookings of this show appear here.'}</p>
      </EmptyState>
    );
  } else {
    table = (
      <div className="table-wrapper" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="table" aria-busy={isPlaceholderData || undefined}>
          <caption id={`${id}-caption`}>Bookings, page {pageNumber}</caption>
          <thead>
            <tr>
              <th scope="col">Username</th>
              <th scope="col">Attendee</th>
              <th scope="col">Status</th>
              <th scope="col">Seats</th>
              <th scope="col">Made</th>
              <th scope="col">Changed</th>
              <th scope="col">Booking id</th>
            </tr>
          </thead>
          <tbody>
            {page.bookings.map((booking) => (
              <tr key={booking.id}>
                <th scope="row">{booking.username ?? '—'}</th>
                <td>{booking.userName}</td>
                <td>
                  <span className="status-badge" data-status={booking.status}>
                    {booking.status}
                  </span>
                </td>
                <td>{seatList(booking.seats)}</td>
                <td>
                  <time dateTime={booking.createdAt}>{formatDateTime(booking.createdAt)}</time>
                </td>
                <td>
                  <time dateTime={booking.updatedAt}>{formatDateTime(booking.updatedAt)}</time>
                </td>
                <td className="admin-bookings__id">{booking.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="admin-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Bookings</h2>
      <form className="admin-bookings__filters" aria-label="Filter bookings" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            name="status"
            value={statusChoice}
            onChange={(event) => {
              setStatusChoice(event.target.value);
              apply({ ...filter, statuses: statusesOf(event.target.value) });
            }}
          >
            {STATUS_CHOICES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-user`}>Username</label>
          <input
            id={`${id}-user`}
            name="user"
            type="search"
            value={userInput}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-user-hint`}
            onChange={(event) => setUserInput(event.target.value)}
          />
          <p id={`${id}-user-hint`} className="field__hint">
            The exact username; press Enter to apply.
          </p>
        </div>
        <div className="button-row admin-bookings__actions">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          <Button variant="secondary" busy={downloading} onClick={() => void download()}>
            {downloading ? 'Downloading…' : 'Download CSV'}
          </Button>
        </div>
      </form>
      {downloadError && <ApiErrorAlert error={downloadError} title="The CSV file could not be downloaded" />}
      {page && error && <ApiErrorAlert error={error} title="Could not load the bookings" />}
      <p className="result-summary" role="status">
        {summary}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {table}
      {(hasPrevious || page?.nextCursor !== undefined) && (
        <Pager
          label="Pages of bookings"
          pageNumber={pageNumber}
          hasPrevious={hasPrevious}
          hasNext={nextCursor !== undefined}
          onPrevious={() => setCursors((previous) => previous.slice(0, -1))}
          onNext={() => nextCursor !== undefined && setCursors((previous) => [...previous, nextCursor])}
        />
      )}
    </section>
  );
}
