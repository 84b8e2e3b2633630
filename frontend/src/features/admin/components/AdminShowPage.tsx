import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadingState } from '@/components/ui/LoadingState';
import { Page } from '@/components/ui/Page';
import { formatDateTime, plural } from '@/lib/format';
import { isUuid } from '@/lib/uuid';
import { getEditableShowQueryOptions } from '../api/editable-show';
import { CancelShowPanel } from './CancelShowPanel';
import { EditShowForm } from './EditShowForm';
import { ShowBookingsTable } from './ShowBookingsTable';
import './admin.css';

/** /admin/shows/<id>: one show for its admin: edit it, cancel it, see who booked. */
export function AdminShowPage({ showId }: { showId: string }) {
  if (!isUuid(showId)) {
    return <NoSuchShow malformed />;
  }
  return <AdminShow showId={showId} />;
}

function NoSuchShow({ malformed }: { malformed: boolean }) {
  return (
    <Page title="Show not found">
      <div className="state">
        <p>{malformed ? 'The show id in this address is not valid.' : 'There is no show with this id.'}</p>
        <Link className="button button--secondary" to="/admin">
          Back to admin
        </Link>
      </div>
    </Page>
  );
}

function AdminShow({ showId }: { showId: string }) {
  const { data: editable, error, isFetching, refetch } = useQuery(getEditableShowQueryOptions(showId));
  const [saved, setSaved] = useState('');
  const [reloaded, setReloaded] = useState(false);

  if (!editable) {
    if (error?.status === 404 || error?.status === 400) {
      return <NoSuchShow malformed={error.status === 400} />;
    }
    return error ? (
      <Page title="Show">
        <ErrorState title="Could not load this show" message={error.message} onRetry={() => void refetch()} />
      </Page>
    ) : (
      <LoadingState label="Loading the show…" />
    );
  }

  const { show } = editable;
  const cancelled = show.status === 'CANCELLED';

  async function reload() {
    setSaved('');
    await refetch();
    setReloaded(true);
  }

  return (
    <Page
      title={show.name}
      actions={
        <>
          <Link className="button button--ghost" to="/admin">
            All shows
          </Link>
          <Link className="button button--secondary" to={`/booking/${show.id}`}>
            Seat map
          </Link>
        </>
      }
    >
      <p className="admin-show__facts">
        {cancelled && <span className="badge badge--cancelled">Cancelled</span>}{' '}
        <time dateTime={show.startTime}>{formatDateTime(show.startTime)}</time> · {plural(show.totalSeats, 'seat')},{' '}
        {show.availableCount.toLocaleString()} available, {show.reservedCount.toLocaleString()} reserved
      </p>
      {error && (
        <Alert tone="error" title="Could not refresh the show">
          <p>{error.message}</p>
        </Alert>
      )}
      {saved && (
        <Alert tone="success" title="Show saved">
          <p>{saved}</p>
        </Alert>
      )}
      <div className="admin-layout">
        <div className="admin-show__side">
          {cancelled ? (
            <p className="card">A cancelled show can no longer be edited.</p>
          ) : (
            <EditShowForm
              key={editable.etag}
              editable={editable}
              reloading={isFetching}
              onReload={() => void reload()}
              onSaved={setSaved}
              focusOnMount={reloaded}
            />
          )}
          <CancelShowPanel show={show} />
        </div>
        <ShowBookingsTable showId={show.id} />
      </div>
    </Page>
  );
}
