import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getShowsQueryOptions } from '@/api/get-shows';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadingState } from '@/components/ui/LoadingState';
import { Page } from '@/components/ui/Page';
import { isAdmin, useUser } from '@/lib/auth';
import { useNow } from '@/lib/use-now';
import { ShowCard } from './ShowCard';
import './shows.css';

export function ShowList() {
  const { data: shows, error, isFetching, refetch } = useQuery(getShowsQueryOptions());
  const refresh = () => void refetch();
  const { user } = useUser();
  const now = useNow();

  const refreshButton = (
    <Button variant="secondary" busy={isFetching} onClick={refresh}>
      {isFetching ? 'Refreshing…' : 'Refresh'}
    </Button>
  );

  let content;
  if (shows === undefined) {
    content = error ? (
      <ErrorState title="Could not load shows" message={error.message} onRetry={refresh} />
    ) : (
      <LoadingState label="Loading shows…" />
    );
  } else if (shows.length === 0) {
    content = (
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
        <ul className="show-grid" aria-label="Shows">
          {shows.map((show) => (
            <li key={show.id}>
              <ShowCard show={show} now={now} />
            </li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <Page title="Shows" actions={refreshButton}>
      {content}
    </Page>
  );
}
