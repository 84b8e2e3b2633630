import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadingState } from '@/components/ui/LoadingState';
import { Page } from '@/components/ui/Page';
import { plural } from '@/lib/format';
import { getMyBookingsQueryOptions } from '../api/get-my-bookings';
import { BookingCard } from './BookingCard';
import './my-bookings.css';

/** /my-bookings: the signed-in person's bookings, newest first, with what they can still do. */
export function MyBookingsPage() {
  const { data, error, isFetching, isFetchingNextPage, hasNextPage, fetchNextPage, refetch } = useInfiniteQuery(
    getMyBookingsQueryOptions(),
  );
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLUListElement>(null);
  /** The index of the first booking of a page being loaded, which gets focus once shown. */
  const focusFrom = useRef<number | null>(null);
  const bookings = data?.pages.flatMap((page) => page.bookings);
  const count = bookings?.length ?? 0;

  useEffect(() => {
    const first = focusFrom.current;
    if (first !== null && count > first) {
      focusFrom.current = null;
      // The button may be gone now (no more pages): continue from the first booking just loaded.
      list.current?.children[first]?.querySelector<HTMLElement>('article')?.focus();
    }
  }, [count]);

  async function loadMore() {
    focusFrom.current = count;
    const result = await fetchNextPage();
    const loaded = (result.data?.pages.flatMap((page) => page.bookings).length ?? count) - count;
    if (loaded > 0) {
      setAnnouncement(`${plural(loaded, 'more booking')} loaded.`);
    } else {
      focusFrom.current = null;
    }
  }

  const refresh = (
    <Button variant="secondary" busy={isFetching && !isFetchingNextPage} onClick={() => void refetch()}>
      {isFetching && !isFetchingNextPage ? 'Refreshing…' : 'Refresh'}
    </Button>
  );

  let content;
  if (bookings === undefined) {
    content = error ? (
      <ErrorState title="Could not load your bookings" message={error.message} onRetry={() => void refetch()} />
    ) : (
      <LoadingState label="Loading your bookings…" />
    );
  } else if (bookings.length === 0) {
    content = (
      <EmptyState title="No bookings yet">
        <p>Seats you book or hold will be listed here.</p>
        <Link className="button button--primary" to="/">
          Find a show
        </Link>
      </EmptyState>
    );
  } else {
    content = (
      <>
        {error && (
          <Alert tone="error" title="Could not load more bookings">
            <p>{error.message}</p>
          </Alert>
        )}
        <ul ref={list} className="booking-list" aria-label="Your bookings">
          {bookings.map((booking) => (
            <li key={booking.id}>
              <BookingCard booking={booking} show={booking.show} onChanged={setAnnouncement} />
            </li>
          ))}
        </ul>
        {hasNextPage && (
          <div className="booking-list__more">
            <Button variant="secondary" busy={isFetchingNextPage} onClick={() => void loadMore()}>
              {isFetchingNextPage ? 'Loading…' : 'Load more'}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <Page title="My bookings" actions={refresh}>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {content}
    </Page>
  );
}
