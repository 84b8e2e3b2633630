package com.seatbooking.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.ChangeReason;
import com.seatbooking.domain.booking.FailureReason;
import com.seatbooking.domain.booking.StatusChange;
import com.seatbooking.domain.show.Show;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpireHoldsServiceTest {

    private final Fixture f = new Fixture();
    private final Show show = f.show(20);

    @Test
    void expiresEveryHoldPastItsDeadlineInBatchesAndFreesItsSeats() {
        List<Booking> holds = List.of(f.hold(show, 1), f.hold(show, 2), f.hold(show, 3), f.hold(show, 4), f.hold(show, 5));
        f.clock.advance(Duration.ofSeconds(1));
        Booking young = f.hold(show, 6);
        Booking booked = f.book(show, 7);
        f.clock.set(holds.get(0).expiresAt());

        int expired = f.expireHolds.expireHolds();

        assertThat(expired).as("5 holds in batches of 2").isEqualTo(5);
        for (Booking hold : holds) {
            Booking stored = f.adapters.bookings().findById(hold.id()).orElseThrow();
            assertThat(stored.status()).isEqualTo(BookingStatus.FAILED);
            assertThat(stored.failureReason()).isEqualTo(FailureReason.HOLD_EXPIRED);
            assertThat(stored.lastChange()).isEqualTo(new StatusChange(BookingStatus.FAILED, ChangeReason.HOLD_EXPIRED, hold.expiresAt()));
        }
        assertThat(f.adapters.bookings().findById(young.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);
        assertThat(f.adapters.bookings().findById(booked.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(f.reserved(show)).containsExactly(6, 7);
        assertThat(f.adapters.allocations().reservedSeats(show.id(), f.clock.instant().minusSeconds(100)).toArray())
                .as("the dead allocations are released, not just ignored").containsExactly(6, 7);
        assertThat(Collections.frequency(f.events.reasons(), ChangeReason.HOLD_EXPIRED)).isEqualTo(5);
    }

    @Test
    void aSecondRunFindsNothingLeft() {
        f.hold(show, 1);
        f.clock.advance(Fixture.TTL);

        assertThat(f.expireHolds.expireHolds()).isEqualTo(1);
        assertThat(f.expireHolds.expireHolds()).isZero();
    }

    @Test
    void leavesSeatsThatWereTakenOverToTheirNewOwner() {
        Booking hold = f.hold(show, 1, 2);
        f.clock.advance(Fixture.TTL);
        Booking taker = f.book(show, 2);

        f.expireHolds.expireHolds();

        assertThat(f.adapters.bookings().findById(hold.id()).orElseThrow().failureReason()).isEqualTo(FailureReason.HOLD_EXPIRED);
        assertThat(f.get(taker.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(f.reserved(show)).containsExactly(2);
    }
}
