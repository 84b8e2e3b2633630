import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { MotionConfig } from 'motion/react';
import type { ReactNode } from 'react';
import { CurrentBookingsProvider } from '@/lib/current-bookings';

interface AppProviderProps {
  /** The server-state cache (who is signed in included): one for the app's lifetime, a fresh one per test. */
  queryClient: QueryClient;
  children: ReactNode;
}

/** Everything the pages share: motion preferences, server state and the person's latest booking per show. */
export function AppProvider({ queryClient, children }: AppProviderProps) {
  return (
    <MotionConfig reducedMotion="user">
      <QueryClientProvider client={queryClient}>
        <CurrentBookingsProvider>{children}</CurrentBookingsProvider>
      </QueryClientProvider>
    </MotionConfig>
  );
}
