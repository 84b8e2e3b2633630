import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getShowsQueryOptions } from '@/api/get-shows';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadingState } from '@/components/ui/LoadingState';
import { Alert } from '@/components/ui/Alert';
import { formatDateTime } from '@/lib/format';
import './admin.css';

export function ShowsTable() {
  const { data: shows, error, refetch } = useQuery(getShowsQueryOptions());

  if (shows === undefined) {
    return error ? (
      <ErrorState title="Could not load shows" message={error.message} onRetry={() => void refetch()} />
    ) : (
      <LoadingState label="Loading shows…" />
    );
  }
  if (shows.length === 0) {
    return (
      <EmptyState title="No shows yet">
        <p>Shows you create appear here.</p>
      </EmptyState>
    );
  }
  return (
    <>
      {error && (
        <Alert tone="error" title="Could not refresh the list">
          <p>{error.message}</p>
        </Alert>
      )}
      {/* Focusable, so keyboard users can scroll it sideways on a narrow screen. */}
      <div className="table-wrapper" role="region" aria-label="All shows, scrollable" tabIndex={0}>
        <table className="table">
          <caption>All shows</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts</th>
              <th scope="col" className="numeric">Seats</th>
              <th scope="col" className="numeric">Available</th>
              <th scope="col" className="numeric">Reserved</th>
            </tr>
          </thead>
          <tbody>
            {shows.map((show) => (
              <tr key={show.id}>
                <th scope="row">
                  <Link to={`/booking/${show.id}`}>{show.name}</Link>
                </th>
                <td>
                  <time dateTime={show.startTime}>{formatDateTime(show.startTime)}</time>
                </td>
                <td className="numeric">{show.totalSeats.toLocaleString()}</td>
                <td className="numeric">{show.availableCount.toLocaleString()}</td>
                <td className="numeric">{show.reservedCount.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
