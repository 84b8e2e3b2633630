import { Link } from 'react-router';
import type { Show } from '@/api/types';
import { Page } from '@/components/ui/Page';
import { useUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import './shows.css';

/** A cancelled show's page: booking is closed, and it says so in a sentence instead of offering seats. */
export function CancelledShow({ show }: { show: Pick<Show, 'name' | 'startTime' | 'cancelledAt'> }) {
  const { user } = useUser();
  return (
    <Page title={show.name}>
      <div className="state cancelled-show">
        <p>
          <span className="badge badge--cancelled">Cancelled</span>
        </p>
        <p>
          This show, planned for <time dateTime={show.startTime}>{formatDateTime(show.startTime)}</time>, was cancelled
          {show.cancelledAt && (
            <>
              {' '}
              on <time dateTime={show.cancelledAt}>{formatDateTime(show.cancelledAt)}</time>
            </>
          )}
          . It can no longer be booked, and every booking for it has been cancelled.
        </p>
        <div className="button-row">
          <Link className="button button--secondary" to="/">
            See all shows
          </Link>
          {user && (
            <Link className="button button--ghost" to="/my-bookings">
              My bookings
            </Link>
          )}
        </div>
      </div>
    </Page>
  );
}
