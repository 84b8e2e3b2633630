import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { MotionConfig } from 'motion/react';
import type { ReactNode } from 'react';
import { AuthProvider } from '@/lib/auth';
import { CurrentBookingsProvider } from '@/lib/current-bookings';

interface AppProviderProps {
  /** The server-state cache: one for the app's lifetime, a fresh one per test. */
  queryClient: QueryClient;
  children: ReactNode;
}

/** Everything the pages share: motion preferences, server state, the signed-in user and their bookings. */
export function AppProvider({ queryClient, children }: AppProviderProps) {
  return (
    <MotionConfig reducedMotion="user">
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <CurrentBookingsProvider>{children}</CurrentBookingsProvider>
        </AuthProvider>
      </QueryClientProvider>
    </MotionConfig>
  );
}
