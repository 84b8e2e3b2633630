import { Link } from 'react-router';
import { ShowListControls } from '@/components/show-list/ShowListControls';
import { ShowListPager } from '@/components/show-list/ShowListPager';
import { ShowListSummary } from '@/components/show-list/ShowListSummary';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadingState } from '@/components/ui/LoadingState';
import { formatDateTime } from '@/lib/format';
import { isFiltered, type ShowListState } from '@/lib/show-list';
import './admin.css';

/** The admin's show list: the shared search, filters and paging above a table; each show opens its admin page. */
export function ShowsTable({ list }: { list: ShowListState }) {
  const { page, query } = list;
  const { error, refetch } = query;

  let content;
  if (page === undefined) {
    content = error ? (
      <ErrorState title="Could not load shows" message={error.message} onRetry={() => void refetch()} />
    ) : (
      <LoadingState label="Loading shows…" />
    );
  } else if (page.shows.length === 0 && list.pageNumber === 1) {
    content = isFiltered(list.applied) ? (
      <EmptyState title="No shows match">
        <p>Try another name or other dates, or clear the filters.</p>
        <Button variant="secondary" onClick={list.clear}>
          Clear filters
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title="No shows yet">
        <p>Shows you create appear here.</p>
      </EmptyState>
    );
  } else {
    content = (
      <>
        {error && (
          <Alert tone="error" title="Could not refresh the list">
            <p>{error.message}</p>
          </Alert>
        )}
        {/* Focusable, so keyboard users can scroll it sideways on a narrow screen. */}
        <div className="table-wrapper" role="region" aria-label="All shows, scrollable" tabIndex={0}>
          <table className="table" aria-busy={query.isPlaceholderData || undefined}>
            <caption>All shows</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts</th>
                <th scope="col">Status</th>
                <th scope="col" className="numeric">
                  Seats
                </th>
                <th scope="col" className="numeric">
                  Available
                </th>
                <th scope="col" className="numeric">
                  Reserved
                </th>
              </tr>
            </thead>
            <tbody>
              {page.shows.map((show) => (
                <tr key={show.id} data-status={show.status}>
                  <th scope="row">
                    <Link to={`/admin/shows/${show.id}`}>{show.name}</Link>
                  </th>
                  <td>
                    <time dateTime={show.startTime}>{formatDateTime(show.startTime)}</time>
                  </td>
                  <td>
                    {show.status === 'CANCELLED' ? <span className="badge badge--cancelled">Cancelled</span> : 'Scheduled'}
                  </td>
                  <td className="numeric">{show.totalSeats.toLocaleString()}</td>
                  <td className="numeric">{show.availableCount.toLocaleString()}</td>
                  <td className="numeric">{show.reservedCount.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ShowListPager list={list} />
      </>
    );
  }

  return (
    <>
      <ShowListControls list={list} />
      <ShowListSummary list={list} />
      {content}
    </>
  );
}
