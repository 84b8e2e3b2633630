import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isBooking } from '@/api/is-booking';
import type { Booking } from '@/api/types';
import { useUser } from './auth';

export const BOOKINGS_STORAGE_KEY = 'seat-booking.bookings';

type BookingsByShow = Readonly<Record<string, Booking>>;

interface CurrentBookingsValue {
  bookings: BookingsByShow;
  setBooking: (showId: string, booking: Booking) => void;
  forgetAll: () => void;
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

function useCurrentBookings(): CurrentBookingsValue {
  const context = useContext(CurrentBookingsContext);
  if (!context) {
    throw new Error('Current bookings are only known inside a CurrentBookingsProvider');
  }
  return context;
}

/**
 * Remembers the latest booking per show for this browser tab (sessionStorage), so a hold can
 * still be confirmed after leaving its show, reloading the page or signing in again.
 */
export function CurrentBookingsProvider({ children }: { children: ReactNode }) {
  const [bookings, setBookings] = useState<BookingsByShow>(readStoredBookings);

  useEffect(() => {
    window.sessionStorage.setItem(BOOKINGS_STORAGE_KEY, JSON.stringify(bookings));
  }, [bookings]);

  const setBooking = useCallback((showId: string, booking: Booking) => {
    setBookings((previous) => ({ ...previous, [showId]: booking }));
  }, []);
  const forgetAll = useCallback(() => setBookings({}), []);
  const value = useMemo(() => ({ bookings, setBooking, forgetAll }), [bookings, setBooking, forgetAll]);
  return <CurrentBookingsContext.Provider value={value}>{children}</CurrentBookingsContext.Provider>;
}

/** The signed-in person's latest booking for a show (never another account's), and a setter for it. */
export function useCurrentBooking(showId: string): [Booking | undefined, (booking: Booking) => void] {
  const { user } = useUser();
  const { bookings, setBooking } = useCurrentBookings();
  const stored = bookings[showId];
  const booking = stored && user && stored.owner === user.username ? stored : undefined;
  const set = useCallback((next: Booking) => setBooking(showId, next), [setBooking, showId]);
  return [booking, set];
}

/** Forgets every remembered booking: on signing out, so the next person at this browser sees none. */
export function useForgetCurrentBookings(): () => void {
  return useCurrentBookings().forgetAll;
}
