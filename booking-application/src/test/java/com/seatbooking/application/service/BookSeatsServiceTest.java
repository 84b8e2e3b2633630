package com.seatbooking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.in.Violation;
import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.ChangeReason;
import com.seatbooking.domain.booking.FailureReason;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowHasStartedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookSeatsServiceTest {

    private final Fixture f = new Fixture();
    private final Show show = f.show(10);

    @Test
    void bookingFreeSeatsConfirmsThem() {
        Booking booking = f.book(show, 5, 2);

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.seats()).isEqualTo(SeatNumbers.of(2, 5));
        assertThat(booking.createdAt()).isEqualTo(Fixture.START);
        assertThat(f.reserved(show)).containsExactly(2, 5);
        assertThat(f.get(booking.id())).isEqualTo(booking);
        assertThat(f.events.reasons()).containsExactly(ChangeReason.SEATS_BOOKED);
    }

    @Test
    void holdingSeatsKeepsThemForTheHoldTtl() {
        Booking hold = f.hold(show, 1);

        assertThat(hold.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(hold.expiresAt()).isEqualTo(Fixture.START.plus(Fixture.TTL));
        assertThat(f.reserved(show)).containsExactly(1);
        assertThat(f.events.reasons()).containsExactly(ChangeReason.SEATS_HELD);
    }

    @Test
    void aTakenSeatFailsTheWholeBookingAndIsNamed() {
        f.book(show, 3);
        f.hold(show, 7);

        Booking failed = f.book(show, 2, 3, 7, 8);

        assertThat(failed.status()).isEqualTo(BookingStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo(FailureReason.SEATS_UNAVAILABLE);
        assertThat(failed.conflictingSeats()).isEqualTo(SeatNumbers.of(3, 7));
        assertThat(f.reserved(show)).as("all or nothing: 2 and 8 stay free").containsExactly(3, 7);
        assertThat(f.get(failed.id()).status()).as("the failed attempt is stored").isEqualTo(BookingStatus.FAILED);
        assertThat(f.events.reasons()).endsWith(ChangeReason.SEATS_UNAVAILABLE);
    }

    @Test
    void aFailedHoldIsStoredToo() {
        f.book(show, 4);

        Booking failed = f.hold(show, 4, 5);

        assertThat(failed.status()).isEqualTo(BookingStatus.FAILED);
        assertThat(failed.expiresAt()).isNull();
        assertThat(f.reserved(show)).containsExactly(4);
    }

    @Test
    void seatsOfAnExpiredHoldCanBeBookedBeforeTheJobRuns() {
        Booking hold = f.hold(show, 1, 2);
        f.clock.advance(Fixture.TTL);

        Booking taker = f.book(show, 2, 3);

        assertThat(taker.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(f.get(hold.id()).failureReason()).isEqualTo(FailureReason.HOLD_EXPIRED);
        assertThat(f.reserved(show)).containsExactly(2, 3);
    }

    @Test
    void aBookingTakesAtMostTheConfiguredNumberOfSeats() {
        f.book(show, 1, 2, 3, 4);

        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> f.book(show, 5, 6, 7, 8, 9));

        assertThat(e.violations()).containsExactly(new Violation("seats", "at most 4 seats per booking, got 5"));
        assertThat(f.reserved(show)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void seatsTheShowDoesNotHaveAreRefused() {
        assertThatThrownBy(() -> f.book(show, 10, 11))
                .isInstanceOf(InvariantViolation.class)
                .hasMessage("seat 11 does not exist: this show has seats 1 to 10");
        assertThat(f.reserved(show)).isEmpty();
        assertThat(f.events.events()).isEmpty();
    }

    @Test
    void anUnknownShowIsNotFound() {
        BookSeatsCommand command = BookSeatsCommand.of(f.alice, ShowId.random().toString(), "alice", List.of(1));

        assertThatThrownBy(() -> f.bookSeats.book(command)).isInstanceOf(ShowNotFoundException.class);
    }

    @Test
    void aShowThatHasStartedTakesNoMoreBookings() {
        f.clock.set(show.startTime());

        assertThatThrownBy(() -> f.book(show, 1)).isInstanceOf(ShowHasStartedException.class);
        assertThatThrownBy(() -> f.hold(show, 1)).isInstanceOf(ShowHasStartedException.class);
    }
}
