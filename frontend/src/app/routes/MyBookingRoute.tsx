import { useParams } from 'react-router';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { BookingDetailPage } from '@/features/my-bookings/components/BookingDetailPage';

export function MyBookingRoute() {
  const { bookingId = '' } = useParams();
  return (
    <RequireSignIn>
      <BookingDetailPage bookingId={bookingId} />
    </RequireSignIn>
  );
}
