import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { SignInPrompt } from '@/features/auth/components/SignInPrompt';
import { getSeatMapQueryOptions } from '@/features/booking/api/get-seat-map';
import { BookingPage } from '@/features/booking/components/BookingPage';
import { CancelledShow } from '@/features/shows/components/CancelledShow';
import { isUuid } from '@/lib/uuid';

export function BookingRoute() {
  const { id = '' } = useParams();
  // The booking page's own seat-map query (same key, so one request): a cancelled show has no seats to offer.
  const { data: show } = useQuery({ ...getSeatMapQueryOptions(id), enabled: isUuid(id) });
  if (show?.status === 'CANCELLED') {
    return <CancelledShow show={show} />;
  }
  return <BookingPage showId={id} signInPrompt={<SignInPrompt title="Sign in to book seats" />} />;
}
