import type { Booking } from '@/api/types';
import { formatTime } from './format';

function atCap({ holdLifetimeEndsAt, expiresAt }: Booking): boolean {
  return Boolean(holdLifetimeEndsAt && expiresAt && Date.parse(expiresAt) >= Date.parse(holdLifetimeEndsAt));
}

/**
 * Whether a hold may get more time (POST /bookings/{id}/extend): it has extensions left and its
 * deadline is not yet at the hold's lifetime cap. A server from before extensions does not send
 * `extensionsLeft`; then more time is not offered.
 */
export function canExtend(booking: Booking): boolean {
  const { extensionsLeft } = booking;
  return booking.status === 'PENDING' && typeof extensionsLeft === 'number' && extensionsLeft > 0 && !atCap(booking);
}

/** Why a hold cannot get more time, in a sentence; undefined when it can, or when the server does not say. */
export function noMoreTimeReason(booking: Booking): string | undefined {
  const { extensionsLeft, holdLifetimeEndsAt } = booking;
  if (typeof extensionsLeft !== 'number') {
    return undefined;
  }
  if (extensionsLeft <= 0) {
    return 'More time is not available: this hold has been extended as often as allowed.';
  }
  if (holdLifetimeEndsAt && atCap(booking)) {
    return `More time is not available: a hold lasts until ${formatTime(holdLifetimeEndsAt)} at the latest.`;
  }
  return undefined;
}
