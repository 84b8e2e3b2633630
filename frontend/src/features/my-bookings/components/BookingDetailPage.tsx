import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { getBookingQueryOptions } from '@/api/get-booking';
import { getShowQueryOptions } from '@/api/get-show';
import { ErrorState } from '@/components/ui/ErrorState';
import { LoadingState } from '@/components/ui/LoadingState';
import { Page } from '@/components/ui/Page';
import { isUuid } from '@/lib/uuid';
import { BookingCard } from './BookingCard';
import './my-bookings.css';

/** The dead end for a booking that is not the person's: the server says 404, never whose it is. */
function BookingNotFound() {
  return (
    <Page title="Booking not found">
      <div className="state">
        <p>
          None of your bookings has this id. It may belong to another account, or the link may be mistyped.
        </p>
        <Link className="button button--secondary" to="/my-bookings">
          See my bookings
        </Link>
      </div>
    </Page>
  );
}

/** /my-bookings/<id>: one of the person's bookings with its whole history. */
export function BookingDetailPage({ bookingId }: { bookingId: string }) {
  if (!isUuid(bookingId)) {
    return <BookingNotFound />;
  }
  return <BookingDetail bookingId={bookingId} />;
}

function BookingDetail({ bookingId }: { bookingId: string }) {
  const { data: booking, error, refetch } = useQuery(getBookingQueryOptions(bookingId));
  // The show's name and time; the booking carries only its id.
  const { data: show } = useQuery({ ...getShowQueryOptions(booking?.showId ?? ''), enabled: booking !== undefined });
  const [announcement, setAnnouncement] = useState('');

  if (!booking) {
    if (error?.status === 404 || error?.status === 400) {
      return <BookingNotFound />;
    }
    if (error) {
      return (
        <Page title="Your booking">
          <ErrorState title="Could not load this booking" message={error.message} onRetry={() => void refetch()} />
        </Page>
      );
    }
    return <LoadingState label="Loading the booking…" />;
  }

  return (
    <Page
      title="Your booking"
      actions={
        <Link className="button button--secondary" to="/my-bookings">
          All my bookings
        </Link>
      }
    >
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <BookingCard
        booking={booking}
        show={show && { id: show.id, name: show.name, startTime: show.startTime, status: show.status }}
        detailed
        onChanged={setAnnouncement}
      />
    </Page>
  );
}
