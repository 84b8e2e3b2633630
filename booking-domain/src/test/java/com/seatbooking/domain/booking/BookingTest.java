package com.seatbooking.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BookingTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofMinutes(2));
    private static final ShowId SHOW = ShowId.random();
    private static final AccountId OWNER = AccountId.random();
    private static final UserName ALICE = new UserName("alice");
    private static final SeatNumbers SEATS = SeatNumbers.of(3, 4);

    private static Booking booked() {
        return Booking.book(BookingId.random(), SHOW, OWNER, ALICE, SEATS, NOW);
    }

    private static Booking held() {
        return Booking.hold(BookingId.random(), SHOW, OWNER, ALICE, SEATS, NOW, DEADLINE);
    }

    private static Booking rejected() {
        return Booking.rejected(BookingId.random(), SHOW, OWNER, ALICE, SEATS, SeatNumbers.of(4), NOW);
    }

    @Nested
    class Creation {

        @Test
        void bookingSeatsOutrightConfirmsThem() {
            Booking booking = booked();

            assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(booking.expiresAt()).isNull();
            assertThat(booking.createdAt()).isEqualTo(NOW);
            assertThat(booking.updatedAt()).isEqualTo(NOW);
            assertThat(booking.failureReason()).isNull();
            assertThat(booking.conflictingSeats().isEmpty()).isTrue();
            assertThat(booking.history()).containsExactly(new StatusChange(BookingStatus.CONFIRMED, ChangeReason.SEATS_BOOKED, NOW));
            assertThat(booking.allocation()).isEqualTo(SeatAllocation.firm(SHOW, booking.id(), SEATS));
        }

        @Test
        void holdingSeatsLeavesThemPendingUntilTheDeadline() {
            Booking hold = held();

            assertThat(hold.status()).isEqualTo(BookingStatus.PENDING);
            assertThat(hold.expiresAt()).isEqualTo(DEADLINE);
            assertThat(hold.history()).containsExactly(new StatusChange(BookingStatus.PENDING, ChangeReason.SEATS_HELD, NOW));
            assertThat(hold.allocation()).isEqualTo(SeatAllocation.hold(SHOW, hold.id(), SEATS, DEADLINE));
        }

        @Test
        void aHoldsDeadlineLiesInTheFuture() {
            assertThatThrownBy(() -> Booking.hold(BookingId.random(), SHOW, OWNER, ALICE, SEATS, NOW, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aRejectedAttemptFailsAndNamesTheTakenSeats() {
            Booking failed = rejected();

            assertThat(failed.status()).isEqualTo(BookingStatus.FAILED);
            assertThat(failed.failureReason()).isEqualTo(FailureReason.SEATS_UNAVAILABLE);
            assertThat(failed.conflictingSeats()).isEqualTo(SeatNumbers.of(4));
            assertThat(failed.history()).containsExactly(new StatusChange(BookingStatus.FAILED, ChangeReason.SEATS_UNAVAILABLE, NOW));
            assertThatThrownBy(failed::allocation).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aRejectionNamesAtLeastOneRequestedSeat() {
            assertThatThrownBy(() -> Booking.rejected(BookingId.random(), SHOW, OWNER, ALICE, SEATS, SeatNumbers.none(), NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Booking.rejected(BookingId.random(), SHOW, OWNER, ALICE, SEATS, SeatNumbers.of(9), NOW))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("were not requested");
        }
    }

    @Nested
    class Confirming {

        @Test
        void confirmsALiveHold() {
            Booking hold = held();
            Instant at = DEADLINE.minusMillis(1);

            Booking confirmed = hold.confirm(at);

            assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(confirmed.updatedAt()).isEqualTo(at);
            assertThat(confirmed.createdAt()).isEqualTo(NOW);
            assertThat(confirmed.expiresAt()).isEqualTo(DEADLINE);
            assertThat(confirmed.history()).extracting(StatusChange::reason)
                    .containsExactly(ChangeReason.SEATS_HELD, ChangeReason.HOLD_CONFIRMED);
            assertThat(confirmed.allocation()).isEqualTo(SeatAllocation.firm(SHOW, hold.id(), SEATS));
            assertThat(hold.status()).as("the original is unchanged").isEqualTo(BookingStatus.PENDING);
        }

        @Test
        void confirmingAgainChangesNothing() {
            Booking confirmed = held().confirm(NOW.plusSeconds(1));

            assertThat(confirmed.confirm(NOW.plusSeconds(500))).isSameAs(confirmed);
            assertThat(booked().confirm(NOW.plusSeconds(1)).history()).hasSize(1);
        }

        @Test
        void anExpiredHoldCannotBeConfirmed() {
            Booking hold = held();

            assertThatThrownBy(() -> hold.confirm(DEADLINE))
                    .isInstanceOf(HoldExpiredException.class)
                    .hasMessageContaining("expired at " + DEADLINE);
        }

        @Test
        void aHoldAlreadyMarkedExpiredAnswersExpiredToo() {
            Booking expired = held().expire(DEADLINE);

            assertThatThrownBy(() -> expired.confirm(DEADLINE.plusSeconds(60)))
                    .isInstanceOf(HoldExpiredException.class)
                    .hasMessageContaining("expired at " + DEADLINE);
            assertThatThrownBy(() -> expired.cancel(DEADLINE.plusSeconds(60))).isInstanceOf(HoldExpiredException.class);
        }

        @Test
        void failedAndCancelledBookingsCannotBeConfirmed() {
            assertThatThrownBy(() -> rejected().confirm(NOW))
                    .isInstanceOf(IllegalBookingTransitionException.class)
                    .hasMessageContaining("is FAILED and cannot become CONFIRMED");
            assertThatThrownBy(() -> held().cancel(NOW).confirm(NOW))
                    .isInstanceOf(IllegalBookingTransitionException.class)
                    .hasMessageContaining("is CANCELLED and cannot become CONFIRMED");
        }
    }

    @Nested
    class Cancelling {

        @Test
        void cancelsALiveHold() {
            Booking cancelled = held().cancel(NOW.plusSeconds(5));

            assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
            assertThatThrownBy(cancelled::allocation).as("a cancelled booking holds no seats").isInstanceOf(IllegalStateException.class);
            assertThat(cancelled.history()).extracting(StatusChange::reason)
                    .containsExactly(ChangeReason.SEATS_HELD, ChangeReason.CANCELLED_BY_USER);
        }

        @Test
        void cancelsAConfirmedBooking() {
            assertThat(booked().cancel(NOW.plusSeconds(5)).status()).isEqualTo(BookingStatus.CANCELLED);
            assertThat(held().confirm(NOW).cancel(NOW).history()).extracting(StatusChange::status)
                    .containsExactly(BookingStatus.PENDING, BookingStatus.CONFIRMED, BookingStatus.CANCELLED);
        }

        @Test
        void cancellingAgainChangesNothing() {
            Booking cancelled = booked().cancel(NOW);

            assertThat(cancelled.cancel(NOW.plusSeconds(9))).isSameAs(cancelled);
        }

        @Test
        void aFailedBookingCannotBeCancelled() {
            assertThatThrownBy(() -> rejected().cancel(NOW)).isInstanceOf(IllegalBookingTransitionException.class);
        }

        @Test
        void anExpiredHoldCannotBeCancelled() {
            assertThatThrownBy(() -> held().cancel(DEADLINE.plusSeconds(1))).isInstanceOf(HoldExpiredException.class);
        }
    }

    @Nested
    class Expiring {

        @Test
        void aHoldPastItsDeadlineFailsAsOfTheDeadline() {
            Booking expired = held().expire(DEADLINE.plusSeconds(30));

            assertThat(expired.status()).isEqualTo(BookingStatus.FAILED);
            assertThat(expired.failureReason()).isEqualTo(FailureReason.HOLD_EXPIRED);
            assertThat(expired.conflictingSeats().isEmpty()).isTrue();
            assertThat(expired.updatedAt()).isEqualTo(DEADLINE);
            assertThat(expired.lastChange()).isEqualTo(new StatusChange(BookingStatus.FAILED, ChangeReason.HOLD_EXPIRED, DEADLINE));
        }

        @Test
        void onlyPendingHoldsPastTheirDeadlineExpire() {
            assertThatThrownBy(() -> held().expire(DEADLINE.minusMillis(1))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> booked().expire(DEADLINE)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> held().confirm(NOW).expire(DEADLINE)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> rejected().expire(DEADLINE)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aHoldStopsBlockingItsSeatsAtTheDeadlineEvenBeforeItIsExpired() {
            Booking hold = held();

            assertThat(hold.allocation().isActiveAt(DEADLINE.minusNanos(1))).isTrue();
            assertThat(hold.allocation().isActiveAt(DEADLINE)).isFalse();
            assertThat(hold.isExpiredHold(DEADLINE)).isTrue();
            assertThat(hold.asOf(DEADLINE.minusNanos(1))).isSameAs(hold);
            assertThat(hold.asOf(DEADLINE).status()).isEqualTo(BookingStatus.FAILED);
            assertThat(hold.asOf(DEADLINE).failureReason()).isEqualTo(FailureReason.HOLD_EXPIRED);
        }
    }

    @Nested
    class Restoring {

        @Test
        void restoresWhatItWasGiven() {
            Booking original = held().confirm(NOW.plusSeconds(3)).cancel(NOW.plusSeconds(4));

            Booking restored = Booking.restore(original.id(), SHOW, OWNER, ALICE, SEATS, NOW, DEADLINE, SeatNumbers.none(), original.history());

            assertThat(restored).isEqualTo(original);
            assertThat(restored.status()).isEqualTo(BookingStatus.CANCELLED);
            assertThat(restored.updatedAt()).isEqualTo(NOW.plusSeconds(4));
        }

        @Test
        void refusesAnEmptyHistory() {
            assertThatThrownBy(() -> restore(DEADLINE, SeatNumbers.none(), List.of()))
                    .hasMessageContaining("history starts");
        }

        @Test
        void refusesAHistoryThatSkipsTheLifeCycle() {
            List<StatusChange> illegal = List.of(
                    StatusChange.of(ChangeReason.SEATS_BOOKED, NOW),
                    StatusChange.of(ChangeReason.HOLD_EXPIRED, NOW.plusSeconds(1)));

            assertThatThrownBy(() -> restore(null, SeatNumbers.none(), illegal)).hasMessageContaining("from CONFIRMED to FAILED");
        }

        @Test
        void refusesAHistoryThatGoesBackInTime() {
            List<StatusChange> backwards = List.of(
                    StatusChange.of(ChangeReason.SEATS_HELD, NOW),
                    StatusChange.of(ChangeReason.HOLD_CONFIRMED, NOW.minusSeconds(1)));

            assertThatThrownBy(() -> restore(DEADLINE, SeatNumbers.none(), backwards)).hasMessageContaining("back in time");
        }

        @Test
        void refusesAHistoryThatDoesNotStartAtCreation() {
            assertThatThrownBy(() -> restore(DEADLINE, SeatNumbers.none(), List.of(StatusChange.of(ChangeReason.SEATS_HELD, NOW.plusSeconds(1)))))
                    .hasMessageContaining("when the booking is created");
            assertThatThrownBy(() -> restore(null, SeatNumbers.none(), List.of(StatusChange.of(ChangeReason.CANCELLED_BY_USER, NOW))))
                    .hasMessageContaining("cannot start with CANCELLED_BY_USER");
        }

        @Test
        void refusesADeadlineOnAnythingButAHold() {
            assertThatThrownBy(() -> restore(DEADLINE, SeatNumbers.none(), List.of(StatusChange.of(ChangeReason.SEATS_BOOKED, NOW))))
                    .hasMessageContaining("only holds, have a deadline");
            assertThatThrownBy(() -> restore(null, SeatNumbers.none(), List.of(StatusChange.of(ChangeReason.SEATS_HELD, NOW))))
                    .hasMessageContaining("only holds, have a deadline");
        }

        @Test
        void refusesConflictingSeatsUnlessSeatsWereUnavailable() {
            assertThatThrownBy(() -> restore(null, SeatNumbers.of(3), List.of(StatusChange.of(ChangeReason.SEATS_BOOKED, NOW))))
                    .hasMessageContaining("conflicting seats are listed exactly when");
            assertThatThrownBy(() -> restore(null, SeatNumbers.none(), List.of(StatusChange.of(ChangeReason.SEATS_UNAVAILABLE, NOW))))
                    .hasMessageContaining("conflicting seats are listed exactly when");
        }

        @Test
        void refusesABookingWithoutSeats() {
            assertThatThrownBy(() -> Booking.book(BookingId.random(), SHOW, OWNER, ALICE, SeatNumbers.none(), NOW))
                    .hasMessageContaining("at least one seat");
        }

        @Test
        void aBookingFromBeforeAccountsHasNoOwnerAndBelongsToNobody() {
            Booking legacy = Booking.restore(BookingId.random(), SHOW, null, ALICE, SEATS, NOW, null, SeatNumbers.none(),
                    List.of(StatusChange.of(ChangeReason.SEATS_BOOKED, NOW)));

            assertThat(legacy.owner()).isNull();
            assertThat(legacy.isOwnedBy(OWNER)).isFalse();
            assertThat(legacy.cancel(NOW.plusSeconds(1)).owner()).isNull();
        }

        private Booking restore(Instant expiresAt, SeatNumbers conflicts, List<StatusChange> history) {
            return Booking.restore(BookingId.random(), SHOW, OWNER, ALICE, SEATS, NOW, expiresAt, conflicts, history);
        }
    }

    @Nested
    class Ownership {

        @Test
        void aNewBookingBelongsToTheAccountThatMadeItThroughEveryChange() {
            Booking hold = held();
            AccountId someoneElse = AccountId.random();

            assertThat(hold.owner()).isEqualTo(OWNER);
            assertThat(hold.isOwnedBy(OWNER)).isTrue();
            assertThat(hold.isOwnedBy(someoneElse)).isFalse();
            assertThat(hold.confirm(NOW.plusSeconds(1)).cancel(NOW.plusSeconds(2)).owner()).isEqualTo(OWNER);
            assertThat(hold.asOf(DEADLINE).owner()).isEqualTo(OWNER);
            assertThat(hold.rejectedFor(SeatNumbers.of(3), NOW).owner()).isEqualTo(OWNER);
        }

        @Test
        void aNewBookingMustHaveAnOwner() {
            assertThatThrownBy(() -> Booking.book(BookingId.random(), SHOW, null, ALICE, SEATS, NOW))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("owner");
            assertThatThrownBy(() -> Booking.hold(BookingId.random(), SHOW, null, ALICE, SEATS, NOW, DEADLINE))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Booking.rejected(BookingId.random(), SHOW, null, ALICE, SEATS, SeatNumbers.of(3), NOW))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Extending {

        private final HoldRules rules = new HoldRules(Duration.ofMinutes(2), Duration.ofMinutes(10), 2);

        @Test
        void movesTheDeadlineOnByTheHoldLengthAndRecordsIt() {
            Booking hold = held();
            Instant at = NOW.plusSeconds(90);

            Booking longer = hold.extend(at, rules);

            assertThat(longer.status()).isEqualTo(BookingStatus.PENDING);
            assertThat(longer.expiresAt()).isEqualTo(DEADLINE.plus(Duration.ofMinutes(2)));
            assertThat(longer.lastChange()).isEqualTo(new StatusChange(BookingStatus.PENDING, ChangeReason.HOLD_EXTENDED, at));
            assertThat(longer.updatedAt()).isEqualTo(at);
            assertThat(longer.extensions()).isEqualTo(1);
            assertThat(longer.extensionsLeft(rules)).isEqualTo(1);
            assertThat(longer.allocation()).isEqualTo(SeatAllocation.hold(SHOW, hold.id(), SEATS, DEADLINE.plus(Duration.ofMinutes(2))));
            assertThat(hold.expiresAt()).as("the original is unchanged").isEqualTo(DEADLINE);
        }

        @Test
        void atMostAsOftenAsTheRulesAllow() {
            Booking twice = held().extend(NOW.plusSeconds(10), rules).extend(NOW.plusSeconds(20), rules);

            assertThat(twice.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(6)));
            assertThat(twice.extensionsLeft(rules)).isZero();
            assertThatThrownBy(() -> twice.extend(NOW.plusSeconds(30), rules))
                    .isInstanceOf(HoldExtensionLimitException.class)
                    .hasMessageContaining("it has been extended 2 times, the most allowed");
        }

        @Test
        void neverPastTheLifetimeCap() {
            HoldRules tight = new HoldRules(Duration.ofMinutes(2), Duration.ofMinutes(3), 5);

            Booking capped = held().extend(NOW.plusSeconds(10), tight);

            assertThat(capped.expiresAt()).as("cut at the cap").isEqualTo(NOW.plus(Duration.ofMinutes(3)));
            assertThatThrownBy(() -> capped.extend(NOW.plusSeconds(20), tight))
                    .isInstanceOf(HoldExtensionLimitException.class)
                    .hasMessageContaining("already lasts until its lifetime cap");
        }

        @Test
        void anExpiredHoldCannotBeExtended() {
            assertThatThrownBy(() -> held().extend(DEADLINE, rules)).isInstanceOf(HoldExpiredException.class);
            Booking expired = held().expire(DEADLINE);
            assertThatThrownBy(() -> expired.extend(NOW.plusSeconds(1), rules)).isInstanceOf(HoldExpiredException.class);
        }

        @Test
        void onlyAPendingHoldCanBeExtended() {
            for (Booking notPending : List.of(booked(), held().confirm(NOW.plusSeconds(1)), held().cancel(NOW.plusSeconds(1)), rejected())) {
                assertThatThrownBy(() -> notPending.extend(NOW.plusSeconds(2), rules))
                        .isInstanceOf(IllegalBookingTransitionException.class)
                        .hasMessageContaining("only a PENDING hold can be extended");
            }
        }

        @Test
        void anExtendedHoldIsConfirmedCancelledOrExpiredAsAnyOther() {
            Booking longer = held().extend(NOW.plusSeconds(10), rules);

            assertThat(longer.confirm(DEADLINE.plusSeconds(1)).status()).as("after the first deadline").isEqualTo(BookingStatus.CONFIRMED);
            assertThat(longer.cancel(DEADLINE.plusSeconds(1)).status()).isEqualTo(BookingStatus.CANCELLED);
            Booking expired = longer.expire(longer.expiresAt());
            assertThat(expired.history()).extracting(StatusChange::reason)
                    .containsExactly(ChangeReason.SEATS_HELD, ChangeReason.HOLD_EXTENDED, ChangeReason.HOLD_EXPIRED);
            assertThat(expired.lastChange().at()).isEqualTo(longer.expiresAt());
        }

        @Test
        void restoresAnExtendedHoldButRefusesAnExtensionOfAnythingElse() {
            Booking longer = held().extend(NOW.plusSeconds(10), rules);
            Booking restored = Booking.restore(longer.id(), SHOW, OWNER, ALICE, SEATS, NOW, longer.expiresAt(), SeatNumbers.none(),
                    longer.history());
            assertThat(restored.extensions()).isEqualTo(1);

            assertThatThrownBy(() -> Booking.restore(BookingId.random(), SHOW, OWNER, ALICE, SEATS, NOW, null, SeatNumbers.none(), List.of(
                    new StatusChange(BookingStatus.CONFIRMED, ChangeReason.SEATS_BOOKED, NOW),
                    new StatusChange(BookingStatus.PENDING, ChangeReason.HOLD_EXTENDED, NOW.plusSeconds(1)))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aSeatLimitRefusalSaysHowManySeatsRemain() {
        SeatLimitReachedException refusal = new SeatLimitReachedException(SHOW, 4, 10, 2);

        assertThat(refusal.getMessage()).isEqualTo("This show allows at most 10 seats per customer, counting holds and bookings; "
                + "you asked for 4 more seats, and you can hold or book 2 more seats of it.");
        assertThat(new SeatLimitReachedException(SHOW, 1, 1, 0).getMessage()).isEqualTo("This show allows at most 1 seat per customer, "
                + "counting holds and bookings; you asked for 1 more seat, and you cannot hold or book any more seats of it.");
        assertThatThrownBy(() -> new SeatLimitReachedException(SHOW, 1, 10, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStatusAllowsExactlyTheDocumentedTransitions() {
        assertThat(BookingStatus.PENDING.next()).containsExactlyInAnyOrder(BookingStatus.CONFIRMED, BookingStatus.FAILED, BookingStatus.CANCELLED);
        assertThat(BookingStatus.CONFIRMED.next()).containsExactly(BookingStatus.CANCELLED);
        assertThat(BookingStatus.FAILED.next()).isEmpty();
        assertThat(BookingStatus.CANCELLED.next()).isEmpty();
    }

    @Test
    void aStatusChangeMatchesItsReason() {
        assertThatThrownBy(() -> new StatusChange(BookingStatus.CONFIRMED, ChangeReason.HOLD_EXPIRED, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCancelledShowCancelsLiveHoldsAndBookingsWithItsOwnReason() {
        for (Booking live : java.util.List.of(booked(), held())) {
            Booking cancelled = live.cancelWithShow(NOW.plusSeconds(10));
            assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
            assertThat(cancelled.lastChange().reason()).isEqualTo(ChangeReason.SHOW_CANCELLED);
            assertThat(cancelled.cancelWithShow(NOW.plusSeconds(20))).as("again: no change").isSameAs(cancelled);
        }
    }

    @Test
    void aCancelledShowRecordsTheExpiryOfAnExpiredHoldAndLeavesFailedOnesAlone() {
        Booking expired = held().cancelWithShow(DEADLINE.plusSeconds(1));
        assertThat(expired.status()).isEqualTo(BookingStatus.FAILED);
        assertThat(expired.failureReason()).isEqualTo(FailureReason.HOLD_EXPIRED);
        Booking failed = rejected();
        assertThat(failed.cancelWithShow(NOW)).isSameAs(failed);
        Booking cancelledByUser = booked().cancel(NOW);
        assertThat(cancelledByUser.cancelWithShow(NOW)).isSameAs(cancelledByUser);
    }
}
