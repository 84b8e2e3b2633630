import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isBooking } from '@/api/is-booking';
import type { Booking } from '@/api/types';
import { useAuth } from './auth';

export const BOOKINGS_STORAGE_KEY = 'seat-booking.bookings';

type BookingsByShow = Readonly<Record<string, Booking>>;

interface CurrentBookingsValue {
  bookings: BookingsByShow;
  setBooking: (showId: string, booking: Booking) => void;
}

const CurrentBookingsContext = createContext<CurrentBookingsValue | null>(null);

function readStoredBookings(): BookingsByShow {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(BOOKINGS_STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) {
      return {};
    }
    return Object.fromEntries(Object.entries(parsed).filter(([, booking]) => isBooking(booking)));
  } catch {
    return {};
  }
}

/**
 * Remembers the latest booking per show for this browser tab (sessionStorage), so a hold can
 * still be confirmed after leaving its show or reloading the page.
 */
export function CurrentBookingsProvider({ children }: { children: ReactNode }) {
  const [bookings, setBookings] = useState<BookingsByShow>(readStoredBookings);

  useEffect(() => {
    window.sessionStorage.setItem(BOOKINGS_STORAGE_KEY, JSON.stringify(bookings));
  }, [bookings]);

  const setBooking = useCallback((showId: string, booking: Booking) => {
    setBookings((previous) => ({ ...previous, [showId]: booking }));
  }, []);
  const value = useMemo(() => ({ bookings, setBooking }), [bookings, setBooking]);
  return <CurrentBookingsContext.Provider value={value}>{children}</CurrentBookingsContext.Provider>;
}

/** The signed-in user's latest booking for a show, and a setter for it. */
export function useCurrentBooking(showId: string): [Booking | undefined, (booking: Booking) => void] {
  const context = useContext(CurrentBookingsContext);
  if (!context) {
    throw new Error('useCurrentBooking must be used inside a CurrentBookingsProvider');
  }
  const { user } = useAuth();
  const { bookings, setBooking } = context;
  const stored = bookings[showId];
  const booking = stored && user && stored.userName === user.name ? stored : undefined;
  const set = useCallback((next: Booking) => setBooking(showId, next), [setBooking, showId]);
  return [booking, set];
}
