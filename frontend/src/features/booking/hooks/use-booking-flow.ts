import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { bookingCache } from '@/api/booking-cache';
import { useCancelBooking } from '@/api/cancel-booking';
import { useConfirmBooking } from '@/api/confirm-booking';
import { useExtendBooking } from '@/api/extend-booking';
import { getBookingQueryOptions } from '@/api/get-booking';
import type { Booking } from '@/api/types';
import { useCurrentBooking } from '@/lib/current-bookings';
import { useBookSeats, type BestAvailableInput } from '../api/book-seats';

export type BookingAction = 'book' | 'hold' | 'confirm' | 'cancel' | 'extend';

const NO_SEATS: readonly number[] = [];

/** How often to ask again while the server still calls an overdue hold PENDING (clock skew). */
const EXPIRY_RECHECK_MS = 2000;

/** Failed and cancelled bookings are final; holds and confirmed bookings can still change. */
function mayChange(booking: Booking): boolean {
  return booking.status === 'PENDING' || booking.status === 'CONFIRMED';
}

function isOverdueHold(booking: Booking | undefined): boolean {
  return booking?.status === 'PENDING' && booking.expiresAt !== null && Date.parse(booking.expiresAt) <= Date.now();
}

/** Books, holds, confirms and cancels, keeping the user's current booking for the show up to date. */
export function useBookingFlow(showId: string) {
  const queryClient = useQueryClient();
  const [remembered, remember] = useCurrentBooking(showId);

  // The booking remembered from an earlier visit may have moved on (expired, confirmed elsewhere):
  // shown at once, but as old as can be, so the server is asked on first use. Without a booking
  // the query is disabled and its placeholder key never fetched.
  const { data: latest, refetch } = useQuery({
    ...getBookingQueryOptions(remembered?.id ?? ''),
    enabled: remembered !== undefined && mayChange(remembered),
    initialData: remembered,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (isOverdueHold(query.state.data) ? EXPIRY_RECHECK_MS : false),
  });
  const booking = latest ?? remembered;

  // What the server says goes into this tab's memory too, so a reload starts from it.
  useEffect(() => {
    if (!latest || !remembered || latest === remembered || latest.id !== remembered.id) {
      return;
    }
    remember(latest);
    if (latest.status !== remembered.status) {
      // E.g. the hold expired or the booking was cancelled elsewhere: its seats are free again.
      void bookingCache.seatsChanged(queryClient, showId);
    }
  }, [latest, remembered, remember, queryClient, showId]);

  const bookSeats = useBookSeats({ onSuccess: remember });
  const confirm = useConfirmBooking({ onSuccess: remember });
  const cancel = useCancelBooking({ onSuccess: remember });
  const extend = useExtendBooking({ onSuccess: remember });

  let action: BookingAction | null = null;
  if (bookSeats.isPending) {
    action = bookSeats.variables.input.hold ? 'hold' : 'book';
  } else if (confirm.isPending) {
    action = 'confirm';
  } else if (cancel.isPending) {
    action = 'cancel';
  } else if (extend.isPending) {
    action = 'extend';
  }
  // Each action starts afresh: only the latest one's error is shown.
  const latestAction = [bookSeats, confirm, cancel, extend].reduce((a, b) => (b.submittedAt > a.submittedAt ? b : a));

  // The seats of the latest booking attempt, while they may be the person's own: on the way, booked
  // or held, or sent without an answer (the client repeats such a write with the same key, so the
  // server answers with the booking). Live events showing them taken are no news to the person.
  const claimed =
    bookSeats.isPending ||
    (bookSeats.isSuccess && bookSeats.data.status !== 'FAILED') ||
    (bookSeats.isError && bookSeats.error.kind === 'network');
  const input = bookSeats.variables?.input;
  const asked = input && 'seats' in input ? input.seats : NO_SEATS;
  // Best available: the seats are known once the server answers.
  const claimedSeats = claimed ? [...asked, ...(bookSeats.data?.seats ?? NO_SEATS)] : NO_SEATS;

  return {
    booking,
    action,
    error: latestAction.error,
    /**
     * Resolves to the server's answer (a FAILED booking when seats were taken), or undefined after an
     * error. Without an attendee name the server books in the account's display name.
     */
    book: (seats: number[], attendee: string | undefined, hold: boolean): Promise<Booking | undefined> =>
      bookSeats
        .mutateAsync({ showId, input: attendee ? { seats, userName: attendee, hold } : { seats, hold } })
        .catch(() => undefined),
    /** Lets the server pick the best seats available; resolves to the booking, or undefined after an error. */
    bookBest: (pick: Omit<BestAvailableInput, 'hold' | 'userName'>, attendee: string | undefined, hold: boolean): Promise<Booking | undefined> =>
      bookSeats
        .mutateAsync({ showId, input: { ...pick, hold, ...(attendee ? { userName: attendee } : {}) } })
        .catch(() => undefined),
    confirm: (bookingId: string) => confirm.mutate({ bookingId, showId }),
    cancel: (bookingId: string) => cancel.mutate({ bookingId, showId }),
    /** Asks for more time on a hold (its deadline moves on, up to the hold's lifetime cap). */
    extend: (bookingId: string) => extend.mutate({ bookingId, showId }),
    /** The deadline the latest successful "More time" gave this booking, if any. */
    extendedUntil: extend.data?.id === booking?.id ? (extend.data?.expiresAt ?? undefined) : undefined,
    claimedSeats,
    /** The hold's time ran out here: ask the server, and keep asking until it agrees. */
    checkExpiry: () => void refetch(),
  };
}
