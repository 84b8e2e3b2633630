package com.seatbooking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.application.port.in.AccessDeniedException;
import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.BookingNotFoundException;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.ListMyBookingsQuery;
import com.seatbooking.application.port.in.MyBookingsPage;
import com.seatbooking.application.port.in.NotSignedInException;
import com.seatbooking.application.port.in.OwnBooking;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.FailureReason;
import com.seatbooking.domain.show.Show;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Who may do what (DESIGN §8), decided by the use cases themselves. */
class OwnershipAndRolesTest {

    private final Fixture f = new Fixture();
    private final Show show = f.show(10);

    // --- shows ---------------------------------------------------------------------------------

    @Test
    void onlyAdminsCreateShows() {
        Function<Actor, Show> create = actor -> f.createShow.createShow(
                CreateShowCommand.of(actor, "Members only", Fixture.START.plus(Duration.ofDays(3)), 5)).show();

        assertThatThrownBy(() -> create.apply(Actor.anonymous())).isInstanceOf(NotSignedInException.class);
        assertThatThrownBy(() -> create.apply(f.alice)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only admins may create shows");
        assertThat(f.listShows.listShows()).hasSize(1);

        assertThat(create.apply(f.admin).name().value()).isEqualTo("Members only");
        assertThat(f.listShows.listShows()).hasSize(2);
    }

    // --- booking -------------------------------------------------------------------------------

    @Test
    void aBookingBelongsToTheAccountThatMadeItWhoeverTheAttendeeIs() {
        BookingDetails booked = f.bookSeats.book(BookSeatsCommand.of(f.bob, show.id().toString(), "Grandma Bee", List.of(1)));

        assertThat(booked.booking().owner()).isEqualTo(f.bob.id());
        assertThat(booked.owner()).isEqualTo(f.bob.username());
        assertThat(booked.booking().userName().value()).isEqualTo("Grandma Bee");
    }

    @Test
    void withoutAnAttendeeTheSeatsAreBookedUnderTheDisplayName() {
        BookingDetails held = f.bookSeats.hold(BookSeatsCommand.of(f.bob, show.id().toString(), null, List.of(2)));

        assertThat(held.booking().userName().value()).isEqualTo("Bob B.");
    }

    @Test
    void theAnonymousActorCannotBookOrHold() {
        BookSeatsCommand anonymous = BookSeatsCommand.of(Actor.anonymous(), show.id().toString(), "nobody", List.of(3));

        assertThatThrownBy(() -> f.bookSeats.book(anonymous)).isInstanceOf(NotSignedInException.class);
        assertThatThrownBy(() -> f.bookSeats.hold(anonymous)).isInstanceOf(NotSignedInException.class);
        assertThat(f.reserved(show)).isEmpty();
        assertThat(f.events.events()).isEmpty();
    }

    // --- reading and changing a booking ------------------------------------------------------------

    @Test
    void someoneElsesBookingIsNotFoundExactlyAsAnUnknownOneAndStaysAsItWas() {
        Booking hold = f.hold(f.alice, show, 4);
        BookingCommand bobs = new BookingCommand(f.bob, hold.id());
        BookingId unknown = BookingId.random();

        for (Runnable attempt : List.<Runnable>of(
                () -> f.getBooking.getBooking(bobs), () -> f.confirm.confirm(bobs), () -> f.cancel.cancel(bobs))) {
            assertThatThrownBy(attempt::run).isInstanceOf(BookingNotFoundException.class)
                    .hasMessage("There is no booking with id " + hold.id());
        }
        assertThatThrownBy(() -> f.getBooking.getBooking(new BookingCommand(f.bob, unknown)))
                .isInstanceOf(BookingNotFoundException.class).hasMessage("There is no booking with id " + unknown);
        assertThat(f.get(hold.id()).status()).as("untouched").isEqualTo(BookingStatus.PENDING);
        assertThat(f.reserved(show)).containsExactly(4);
    }

    @Test
    void theOwnerReadsConfirmsAndCancelsTheirBooking() {
        Booking hold = f.hold(f.alice, show, 5);
        BookingCommand alices = new BookingCommand(f.alice, hold.id());

        assertThat(f.getBooking.getBooking(alices).owner()).isEqualTo(f.alice.username());
        assertThat(f.confirm.confirm(alices).booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(f.cancel.cancel(alices).booking().status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void anAdminReadsConfirmsAndCancelsAnyonesBookingAndSeesWhoseItIs() {
        Booking hold = f.hold(f.bob, show, 6);
        BookingCommand admins = new BookingCommand(f.admin, hold.id());

        BookingDetails seen = f.getBooking.getBooking(admins);
        assertThat(seen.owner()).as("looked up").isEqualTo(f.bob.username());
        assertThat(f.confirm.confirm(admins).booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        BookingDetails cancelled = f.cancel.cancel(admins);
        assertThat(cancelled.booking().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.owner()).isEqualTo(f.bob.username());
    }

    @Test
    void theAnonymousActorReadsAndChangesNoBooking() {
        BookingCommand anonymous = new BookingCommand(Actor.anonymous(), f.book(show, 7).id());

        assertThatThrownBy(() -> f.getBooking.getBooking(anonymous)).isInstanceOf(NotSignedInException.class);
        assertThatThrownBy(() -> f.confirm.confirm(anonymous)).isInstanceOf(NotSignedInException.class);
        assertThatThrownBy(() -> f.cancel.cancel(anonymous)).isInstanceOf(NotSignedInException.class);
        assertThat(f.reserved(show)).containsExactly(7);
    }

    // --- my bookings -------------------------------------------------------------------------------

    @Test
    void myBookingsAreMineOnlyNewestFirstInPagesWithTheirShow() {
        Show other = f.show(20);
        Booking first = f.book(f.alice, show, 1);
        f.clock.advance(Duration.ofSeconds(1));
        Booking failed = f.book(f.alice, show, 1, 2);
        f.clock.advance(Duration.ofSeconds(1));
        f.book(f.bob, other, 3);
        Booking third = f.hold(f.alice, other, 4);

        MyBookingsPage page1 = f.myBookings.listMyBookings(ListMyBookingsQuery.of(f.alice, 2, null));
        MyBookingsPage page2 = f.myBookings.listMyBookings(ListMyBookingsQuery.of(f.alice, 2, page1.next().orElseThrow().encode()));

        assertThat(page1.bookings()).extracting(own -> own.booking().id()).containsExactly(third.id(), failed.id());
        assertThat(page1.bookings().get(0).show().id()).isEqualTo(other.id());
        assertThat(page2.bookings()).extracting(own -> own.booking().id()).containsExactly(first.id());
        assertThat(page2.next()).isEmpty();
        assertThat(f.myBookings.listMyBookings(ListMyBookingsQuery.of(f.admin, 20, null)).bookings())
                .as("an admin's own list holds their own bookings only").isEmpty();
    }

    @Test
    void myBookingsShowAHoldPastItsDeadlineAsExpired() {
        f.hold(f.alice, show, 8);
        f.clock.advance(Fixture.TTL);

        OwnBooking seen = f.myBookings.listMyBookings(ListMyBookingsQuery.of(f.alice, 20, null)).bookings().get(0);

        assertThat(seen.booking().status()).isEqualTo(BookingStatus.FAILED);
        assertThat(seen.booking().failureReason()).isEqualTo(FailureReason.HOLD_EXPIRED);
    }

    @Test
    void theAnonymousActorHasNoBookings() {
        assertThatThrownBy(() -> f.myBookings.listMyBookings(ListMyBookingsQuery.of(Actor.anonymous(), 20, null)))
                .isInstanceOf(NotSignedInException.class);
    }
}
