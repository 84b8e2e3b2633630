import { MotionConfig } from 'motion/react';
import type { ReactNode } from 'react';
import { getShows } from '@/features/shows/api/get-shows';
import { AuthProvider } from '@/lib/auth';
import { CurrentBookingsProvider } from '@/lib/current-bookings';
import { ShowsProvider } from '@/lib/shows-cache';

/** Everything the pages share: motion preferences, the signed-in user, cached shows and bookings. */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <MotionConfig reducedMotion="user">
      <AuthProvider>
        <ShowsProvider loadShows={getShows}>
          <CurrentBookingsProvider>{children}</CurrentBookingsProvider>
        </ShowsProvider>
      </AuthProvider>
    </MotionConfig>
  );
}
