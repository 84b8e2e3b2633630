package com.seatbooking.application.service;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.IdempotencyKeyReusedException;
import com.seatbooking.application.port.in.IdempotentCommand;
import com.seatbooking.application.port.in.KeyedBookingOutcome;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.FairUseEvents;
import com.seatbooking.application.port.out.IdempotencyKeyRepository.KeptAnswer;
import com.seatbooking.application.port.out.IdempotencyKeyRepository.KeptBooking;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.booking.Booking;

/**
 * The answer to a booking request whose idempotency key was already used: the first answer again,
 * for the same request only. Shared by the booking use cases (seats named, best available): a
 * kept error is sent as it was; a kept booking is read and rendered as it was first answered (its
 * first state and deadline), however it changed since.
 */
final class KeptBookingReplay {

    private final BookingRepository bookings;
    private final UnitOfWork unitOfWork;
    private final FairUseEvents fairUse;
    private final BookingSettings settings;

    KeptBookingReplay(BookingRepository bookings, UnitOfWork unitOfWork, FairUseEvents fairUse, BookingSettings settings) {
        this.bookings = bookings;
        this.unitOfWork = unitOfWork;
        this.fairUse = fairUse;
        this.settings = settings;
    }

    /** The kept answer for {@code key}; 422 (reused) when the key was used for another request. */
    KeyedBookingOutcome replay(IdempotentCommand key, KeptAnswer kept, Actor actor) {
        if (!kept.answers(key.method(), key.path(), key.fingerprint())) {
            throw new IdempotencyKeyReusedException(kept.method(), kept.path());
        }
        fairUse.replayed();
        if (kept.response() != null) {
            return KeyedBookingOutcome.replayOf(kept.response());
        }
        KeptBooking first = kept.booking();
        Booking booking = unitOfWork.inTransaction(() -> bookings.findById(first.id()))
                .orElseThrow(() -> new IllegalStateException("the booking kept for this idempotency key, " + first.id()
                        + ", is gone (deleted by the retention job before the key expired)"));
        return KeyedBookingOutcome.replayOf(new BookingDetails(booking.asFirstStored(first.firstExpiresAt()), actor.username(),
                settings.holdRules()));
    }
}
