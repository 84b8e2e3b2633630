package com.seatbooking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.BookingNotFoundException;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.ChangeReason;
import com.seatbooking.domain.booking.FailureReason;
import com.seatbooking.domain.booking.HoldExpiredException;
import com.seatbooking.domain.booking.IllegalBookingTransitionException;
import com.seatbooking.domain.booking.StatusChange;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowCancelledException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfirmCancelAndGetTest {

    private final Fixture f = new Fixture();
    private final Show show = f.show(10);

    @Test
    void confirmingALiveHoldMakesItsSeatsPermanent() {
        Booking hold = f.hold(show, 1, 2);
        f.clock.advance(Duration.ofSeconds(30));

        Booking confirmed = f.confirm(hold.id());

        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmed.history()).extracting(StatusChange::reason)
                .containsExactly(ChangeReason.SEATS_HELD, ChangeReason.HOLD_CONFIRMED);
        f.clock.advance(Duration.ofHours(1));
        assertThat(f.reserved(show)).as("outlives the deadline").containsExactly(1, 2);
        assertThat(f.expireHolds.expireHolds()).isZero();
        assertThat(f.events.reasons()).containsExactly(ChangeReason.SEATS_HELD, ChangeReason.HOLD_CONFIRMED);
    }

    @Test
    void aHoldOnACancelledShowCannotBeConfirmedOrExtendedEvenBeforeTheCascadeReachesIt() {
        Booking hold = f.hold(show, 1, 2);
        // the show is CANCELLED at once; its bookings are cancelled in batches afterwards
        f.adapters.shows().update(show.cancel(f.clock.instant()));

        assertThatThrownBy(() -> f.confirm(hold.id())).isInstanceOf(ShowCancelledException.class)
                .hasMessageContaining("its holds cannot be confirmed");
        assertThatThrownBy(() -> f.extendHold.extend(new BookingCommand(f.alice, hold.id())))
                .isInstanceOf(ShowCancelledException.class).hasMessageContaining("its holds cannot be extended");
        Booking unchanged = f.get(hold.id());
        assertThat(unchanged.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(unchanged.expiresAt()).isEqualTo(hold.expiresAt());
        assertThat(f.events.reasons()).containsExactly(ChangeReason.SEATS_HELD);
    }

    @Test
    void confirmingTwiceChangesNothing() {
        Booking confirmed = f.confirm(f.hold(show, 1).id());

        assertThat(f.confirm(confirmed.id())).isEqualTo(confirmed);
        assertThat(f.events.reasons()).containsExactly(ChangeReason.SEATS_HELD, ChangeReason.HOLD_CONFIRMED);
    }

    @Test
    void anExpiredHoldCannotBeConfirmedAndItsSeatsAreFree() {
        Booking hold = f.hold(show, 1);
        f.clock.advance(Fixture.TTL);

        assertThatThrownBy(() -> f.confirm(hold.id())).isInstanceOf(HoldExpiredException.class);
        assertThat(f.reserved(show)).isEmpty();
        assertThat(f.get(hold.id()).failureReason()).isEqualTo(FailureReason.HOLD_EXPIRED);
    }

    @Test
    void aHoldTheExpiryJobAlreadyFailedAnswersExpiredAsWell() {
        Booking hold = f.hold(show, 1);
        f.clock.advance(Fixture.TTL);
        f.expireHolds.expireHolds();

        assertThatThrownBy(() -> f.confirm(hold.id())).isInstanceOf(HoldExpiredException.class);
        assertThatThrownBy(() -> f.cancel(hold.id())).isInstanceOf(HoldExpiredException.class);
    }

    @Test
    void aHoldWhoseSeatsWereTakenOverCannotBeConfirmed() {
        Booking hold = f.hold(show, 1);
        f.clock.advance(Fixture.TTL);
        f.book(show, 1);
        // a clock running behind (another instance) would still call the hold live
        f.clock.set(hold.expiresAt().minusSeconds(1));

        assertThatThrownBy(() -> f.confirm(hold.id())).isInstanceOf(HoldExpiredException.class);
        assertThat(f.adapters.bookings().findById(hold.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void cancelledAndFailedBookingsCannotBeConfirmed() {
        Booking cancelled = f.cancel(f.hold(show, 1).id());
        f.book(show, 3);
        Booking failed = f.book(show, 3);

        assertThatThrownBy(() -> f.confirm(cancelled.id()))
                .isInstanceOf(IllegalBookingTransitionException.class)
                .hasMessageContaining("is CANCELLED and cannot become CONFIRMED");
        assertThatThrownBy(() -> f.confirm(failed.id()))
                .isInstanceOf(IllegalBookingTransitionException.class)
                .hasMessageContaining("is FAILED and cannot become CONFIRMED");
    }

    @Test
    void cancellingFreesTheSeats() {
        Booking hold = f.hold(show, 1);
        Booking booked = f.book(show, 2, 3);

        assertThat(f.cancel(hold.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(f.cancel(booked.id()).history()).extracting(StatusChange::reason)
                .containsExactly(ChangeReason.SEATS_BOOKED, ChangeReason.CANCELLED_BY_USER);

        assertThat(f.reserved(show)).isEmpty();
        assertThat(f.book(show, 1, 2, 3).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void cancellingTwiceChangesNothing() {
        Booking cancelled = f.cancel(f.book(show, 1).id());

        assertThat(f.cancel(cancelled.id())).isEqualTo(cancelled);
        assertThat(f.events.reasons()).containsExactly(ChangeReason.SEATS_BOOKED, ChangeReason.CANCELLED_BY_USER);
    }

    @Test
    void failedBookingsAndExpiredHoldsCannotBeCancelled() {
        f.book(show, 1);
        Booking failed = f.book(show, 1);
        Booking hold = f.hold(show, 2);
        f.clock.advance(Fixture.TTL.plusSeconds(1));

        assertThatThrownBy(() -> f.cancel(failed.id())).isInstanceOf(IllegalBookingTransitionException.class);
        assertThatThrownBy(() -> f.cancel(hold.id())).isInstanceOf(HoldExpiredException.class);
    }

    @Test
    void unknownBookingsAreNotFound() {
        BookingId unknown = BookingId.random();

        assertThatThrownBy(() -> f.get(unknown)).isInstanceOf(BookingNotFoundException.class);
        assertThatThrownBy(() -> f.confirm(unknown)).isInstanceOf(BookingNotFoundException.class);
        assertThatThrownBy(() -> f.cancel(unknown)).isInstanceOf(BookingNotFoundException.class);
    }

    @Test
    void readingAnExpiredHoldShowsItExpiredWithoutWritingAnything() {
        Booking hold = f.hold(show, 1);
        f.clock.advance(Fixture.TTL.plusSeconds(5));

        Booking seen = f.get(hold.id());

        assertThat(seen.status()).isEqualTo(BookingStatus.FAILED);
        assertThat(seen.lastChange()).isEqualTo(new StatusChange(BookingStatus.FAILED, ChangeReason.HOLD_EXPIRED, hold.expiresAt()));
        assertThat(f.adapters.bookings().findById(hold.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);
    }
}
