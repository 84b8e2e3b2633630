import { Link } from 'react-router';
import type { Show } from '@/api/types';
import { formatDateTime, plural } from '@/lib/format';
import './shows.css';

export function ShowCard({ show, now }: { show: Show; now: number }) {
  const cancelled = show.status === 'CANCELLED';
  const started = Date.parse(show.startTime) <= now;
  const soldOut = show.availableCount === 0;
  const headingId = `show-${show.id}`;

  return (
    <article className="show-card" data-status={show.status} aria-labelledby={headingId}>
      <h2 id={headingId} className="show-card__name">
        {show.name}
      </h2>
      <p className="show-card__time">
        <time dateTime={show.startTime}>{formatDateTime(show.startTime)}</time>
      </p>
      {cancelled ? (
        <p className="show-card__seats">This show was cancelled; it can no longer be booked.</p>
      ) : (
        <p className="show-card__seats">
          {plural(show.availableCount, 'seat')} available of {show.totalSeats.toLocaleString()}
        </p>
      )}
      <div className="meter" aria-hidden="true">
        <span style={{ width: `${(show.reservedCount / show.totalSeats) * 100}%` }} />
      </div>
      <div className="show-card__footer">
        {cancelled && <span className="badge badge--cancelled">Cancelled</span>}
        {!cancelled && started && <span className="badge badge--muted">Started</span>}
        {!cancelled && !started && soldOut && <span className="badge badge--muted">Sold out</span>}
        {cancelled ? (
          <Link className="button button--secondary" to={`/booking/${show.id}`} aria-label={`View the cancelled show ${show.name}`}>
            View show
          </Link>
        ) : (
          <Link className="button button--primary" to={`/booking/${show.id}`} aria-label={`Choose seats for ${show.name}`}>
            {started || soldOut ? 'View seats' : 'Choose seats'}
          </Link>
        )}
      </div>
    </article>
  );
}
