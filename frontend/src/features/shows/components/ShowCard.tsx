import { Link } from 'react-router';
import type { Show } from '@/api/types';
import { formatDateTime, plural } from '@/lib/format';
import './shows.css';

export function ShowCard({ show, now }: { show: Show; now: number }) {
  const started = Date.parse(show.startTime) <= now;
  const soldOut = show.availableCount === 0;
  const headingId = `show-${show.id}`;

  return (
    <article className="show-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="show-card__name">
        {show.name}
      </h2>
      <p className="show-card__time">
        <time dateTime={show.startTime}>{formatDateTime(show.startTime)}</time>
      </p>
      <p className="show-card__seats">
        {plural(show.availableCount, 'seat')} available of {show.totalSeats.toLocaleString()}
      </p>
      <div className="meter" aria-hidden="true">
        <span style={{ width: `${(show.reservedCount / show.totalSeats) * 100}%` }} />
      </div>
      <div className="show-card__footer">
        {started && <span className="badge badge--muted">Started</span>}
        {!started && soldOut && <span className="badge badge--muted">Sold out</span>}
        <Link className="button button--primary" to={`/booking/${show.id}`} aria-label={`Choose seats for ${show.name}`}>
          {started || soldOut ? 'View seats' : 'Choose seats'}
        </Link>
      </div>
    </article>
  );
}
