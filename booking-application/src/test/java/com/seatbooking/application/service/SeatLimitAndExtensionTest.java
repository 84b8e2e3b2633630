package com.seatbooking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.BookingNotFoundException;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.ChangeReason;
import com.seatbooking.domain.booking.HoldExpiredException;
import com.seatbooking.domain.booking.HoldExtensionLimitException;
import com.seatbooking.domain.booking.IllegalBookingTransitionException;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import com.seatbooking.domain.show.Show;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-customer seat limit and extendable holds, through the use cases on the in-memory adapters. */
class SeatLimitAndExtensionTest {

    private final Fixture f = new Fixture(BookingSettings.of(Fixture.TTL, 4, 2, 5));
    private final Show show = f.show(30);

    // --- the seat limit --------------------------------------------------------------------------

    @Test
    void liveHoldsAndConfirmedSeatsCountTogetherAgainstTheLimit() {
        f.book(show, 1, 2);
        f.hold(show, 3, 4);

        assertThatThrownBy(() -> f.hold(show, 5, 6))
                .isInstanceOfSatisfying(SeatLimitReachedException.class, refusal -> {
                    assertThat(refusal.limit()).isEqualTo(5);
                    assertThat(refusal.remaining()).isEqualTo(1);
                });
        assertThat(f.reserved(show)).containsExactly(1, 2, 3, 4);
        assertThat(f.events.seatLimitRefusals()).hasSize(1);
        assertThat(f.book(show, 5).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(f.book(f.bob, show, 6, 7, 8).status()).as("another customer has a limit of their own").isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void cancellingAndExpiryGiveSeatsBackToTheLimit() {
        Booking booked = f.book(show, 1, 2, 3);
        f.hold(show, 4, 5);
        assertThatThrownBy(() -> f.book(show, 6)).isInstanceOf(SeatLimitReachedException.class);

        f.cancel(booked.id());
        f.clock.advance(Fixture.TTL);
        f.expireHolds.expireHolds();

        assertThat(f.book(show, 6, 7, 8, 9).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aShowsOwnLimitWinsOverTheDefault() {
        Show strict = f.createShow.createShow(CreateShowCommand.of(f.admin, "Strict", Fixture.START.plus(Duration.ofDays(3)), 30, 2)).show();
        Show generous = f.createShow.createShow(CreateShowCommand.of(f.admin, "Generous", Fixture.START.plus(Duration.ofDays(3)), 30, 8))
                .show();

        f.book(strict, 1, 2);
        assertThatThrownBy(() -> f.book(strict, 3)).isInstanceOfSatisfying(SeatLimitReachedException.class,
                refusal -> assertThat(refusal.limit()).isEqualTo(2));
        f.book(generous, 1, 2, 3, 4);
        f.book(generous, 5, 6, 7, 8);
        assertThat(f.getShow.getShow(strict.id()).maxSeatsPerCustomer()).isEqualTo(2);
        assertThat(f.getShow.getShow(show.id()).maxSeatsPerCustomer()).isEqualTo(5);
        assertThat(f.listShows.listShows()).extracting(summary -> summary.maxSeatsPerCustomer()).contains(2, 8, 5);
    }

    @Test
    void adminsAreNotLimited() {
        f.book(f.admin, show, 1, 2, 3, 4);
        f.book(f.admin, show, 5, 6, 7, 8);

        assertThat(f.reserved(show)).hasSize(8);
    }

    // --- extending holds ---------------------------------------------------------------------------

    @Test
    void anOwnerExtendsAHoldTwiceAndItsSeatsStayHeld() {
        Booking hold = f.hold(show, 1, 2);

        f.clock.advance(Duration.ofSeconds(30));
        BookingDetails once = f.extendHold.extend(new BookingCommand(f.alice, hold.id()));
        BookingDetails twice = f.extendHold.extend(new BookingCommand(f.alice, hold.id()));

        assertThat(once.booking().expiresAt()).isEqualTo(hold.expiresAt().plus(Fixture.TTL));
        assertThat(twice.booking().expiresAt()).isEqualTo(hold.expiresAt().plus(Fixture.TTL.multipliedBy(2)));
        assertThat(twice.extensionsLeft()).isZero();
        assertThat(twice.holdLifetimeEndsAt()).isEqualTo(hold.createdAt().plus(Duration.ofMinutes(10)));
        assertThat(f.get(hold.id()).history()).extracting(change -> change.reason())
                .containsExactly(ChangeReason.SEATS_HELD, ChangeReason.HOLD_EXTENDED, ChangeReason.HOLD_EXTENDED);
        assertThat(f.events.reasons()).endsWith(ChangeReason.HOLD_EXTENDED, ChangeReason.HOLD_EXTENDED);
        assertThatThrownBy(() -> f.extendHold.extend(new BookingCommand(f.alice, hold.id())))
                .isInstanceOf(HoldExtensionLimitException.class);

        f.clock.set(hold.expiresAt().plusSeconds(1));
        assertThat(f.book(f.bob, show, 2).conflictingSeats().toArray()).as("still held after the first deadline").containsExactly(2);
        assertThat(f.confirm(hold.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void onlyTheOwnerOrAnAdminExtends() {
        Booking hold = f.hold(show, 1);

        assertThatThrownBy(() -> f.extendHold.extend(new BookingCommand(f.bob, hold.id()))).isInstanceOf(BookingNotFoundException.class);
        assertThatThrownBy(() -> f.extendHold.extend(new BookingCommand(Actor.anonymous(), hold.id())))
                .isInstanceOf(com.seatbooking.application.port.in.NotSignedInException.class);
        assertThat(f.extendHold.extend(new BookingCommand(f.admin, hold.id())).extensionsLeft()).isEqualTo(1);
    }

    @Test
    void aHoldPastItsDeadlineOrNoLongerPendingIsNotExtended() {
        Booking expiring = f.hold(show, 1);
        Booking booked = f.book(show, 2);

        f.clock.advance(Fixture.TTL);

        assertThatThrownBy(() -> f.extendHold.extend(new BookingCommand(f.alice, expiring.id()))).isInstanceOf(HoldExpiredException.class);
        assertThatThrownBy(() -> f.extendHold.extend(new BookingCommand(f.alice, booked.id())))
                .isInstanceOf(IllegalBookingTransitionException.class);
        assertThat(f.get(expiring.id()).status()).isEqualTo(BookingStatus.FAILED);
    }
}
