import { Link } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadingState } from '@/components/ui/LoadingState';
import { Page } from '@/components/ui/Page';
import { ShowListControls } from '@/components/show-list/ShowListControls';
import { ShowListPager } from '@/components/show-list/ShowListPager';
import { ShowListSummary } from '@/components/show-list/ShowListSummary';
import { isAdmin, useUser } from '@/lib/auth';
import { isFiltered, useShowList } from '@/lib/show-list';
import { useNow } from '@/lib/use-now';
import { ShowCard } from './ShowCard';
import './shows.css';

/** Where this tab remembers the list's search, filters and page. */
export const SHOW_LIST_STORAGE_KEY = 'seat-booking.show-list';

export function ShowList() {
  const list = useShowList(SHOW_LIST_STORAGE_KEY);
  const { page, query } = list;
  const { error, isFetching, refetch } = query;
  const refresh = () => void refetch();
  const { user } = useUser();
  const now = useNow();

  const refreshButton = (
    <Button variant="secondary" busy={isFetching && !query.isPlaceholderData} onClick={refresh}>
      {isFetching && !query.isPlaceholderData ? 'Refreshing…' : 'Refresh'}
    </Button>
  );

  let content;
  if (page === undefined) {
    content = error ? (
      <ErrorState title="Could not load shows" message={error.message} onRetry={refresh} />
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
        {isAdmin(user) ? (
          <p>
            Create the first one on the <Link to="/admin">admin page</Link>.
          </p>
        ) : (
          <p>New shows will appear here as soon as they are announced.</p>
        )}
      </EmptyState>
    );
  } else {
    content = (
      <>
        {error && (
          <Alert tone="error" title="Could not refresh the list">
            <p>{error.message} Showing the shows loaded earlier.</p>
          </Alert>
        )}
        <ul className="show-grid" aria-label="Shows" aria-busy={query.isPlaceholderData || undefined}>
          {page.shows.map((show) => (
            <li key={show.id}>
              <ShowCard show={show} now={now} />
            </li>
          ))}
        </ul>
        <ShowListPager list={list} />
      </>
    );
  }

  return (
    <Page title="Shows" actions={refreshButton}>
      <ShowListControls list={list} />
      <ShowListSummary list={list} />
      {content}
    </Page>
  );
}
