import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { MyBookingsPage } from '@/features/my-bookings/components/MyBookingsPage';

export function MyBookingsRoute() {
  return (
    <RequireSignIn>
      <MyBookingsPage />
    </RequireSignIn>
  );
}
