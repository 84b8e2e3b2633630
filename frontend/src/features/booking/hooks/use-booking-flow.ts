import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '@/api/api-error';
import type { Booking } from '@/api/types';
import { useCurrentBooking } from '@/lib/current-bookings';
import { bookSeats } from '../api/book-seats';
import { cancelBooking } from '../api/cancel-booking';
import { confirmBooking } from '../api/confirm-booking';
import { getBooking } from '../api/get-booking';

export type BookingAction = 'book' | 'hold' | 'confirm' | 'cancel';

/** How long to wait before asking again when the server still calls an overdue hold PENDING (clock skew). */
const EXPIRY_RECHECK_MS = 2000;

interface BookingFlowOptions {
  showId: string;
  /** Called whenever seats of the show may have changed hands. */
  onSeatsChanged: () => void;
}

/** Books, holds, confirms and cancels, keeping the user's current booking for the show. */
export function useBookingFlow({ showId, onSeatsChanged }: BookingFlowOptions) {
  const [booking, setBooking] = useCurrentBooking(showId);
  const [action, setAction] = useState<BookingAction | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const stopped = useRef(false);
  // The booking remembered from an earlier visit may have moved on (expired, confirmed elsewhere).
  const [remembered] = useState(booking);
  const currentId = useRef(booking?.id);

  useEffect(() => {
    currentId.current = booking?.id;
  }, [booking]);

  useEffect(() => {
    stopped.current = false;
    return () => {
      stopped.current = true;
    };
  }, []);

  useEffect(() => {
    if (remembered?.status !== 'PENDING' && remembered?.status !== 'CONFIRMED') {
      return;
    }
    let current = true;
    getBooking(remembered.id).then(
      (latest) => {
        // Unless the user has made a new booking in the meantime.
        if (current && currentId.current === remembered.id) {
          setBooking(latest);
        }
      },
      () => undefined, // keep showing what we know; actions on it will report any problem
    );
    return () => {
      current = false;
    };
  }, [remembered, setBooking]);

  const book = useCallback(
    async (seats: number[], userName: string, hold: boolean): Promise<Booking | undefined> => {
      setAction(hold ? 'hold' : 'book');
      setError(null);
      try {
        const result = await bookSeats(showId, { seats, userName, hold });
        setBooking(result);
        return result;
      } catch (cause) {
        setError(toApiError(cause));
        return undefined;
      } finally {
        setAction(null);
        onSeatsChanged();
      }
    },
    [showId, setBooking, onSeatsChanged],
  );

  const change = useCallback(
    async (kind: 'confirm' | 'cancel', bookingId: string) => {
      setAction(kind);
      setError(null);
      try {
        setBooking(await (kind === 'confirm' ? confirmBooking(bookingId) : cancelBooking(bookingId)));
      } catch (cause) {
        setError(toApiError(cause));
        // The booking moved on without us (e.g. the hold expired): show where it is now.
        await getBooking(bookingId).then(setBooking, () => undefined);
      } finally {
        setAction(null);
        onSeatsChanged();
      }
    },
    [setBooking, onSeatsChanged],
  );

  const expire = useCallback(
    async (bookingId: string) => {
      while (!stopped.current) {
        const latest = await getBooking(bookingId).catch(() => undefined);
        if (stopped.current) {
          return;
        }
        if (latest && latest.status !== 'PENDING') {
          setBooking(latest);
          onSeatsChanged();
          return;
        }
        await new Promise((resolve) => window.setTimeout(resolve, EXPIRY_RECHECK_MS));
      }
    },
    [setBooking, onSeatsChanged],
  );

  return {
    booking,
    action,
    error,
    book,
    confirm: (bookingId: string) => change('confirm', bookingId),
    cancel: (bookingId: string) => change('cancel', bookingId),
    expire,
  };
}
