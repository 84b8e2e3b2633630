package com.seatbooking.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.application.port.in.BookingCursor;
import com.seatbooking.application.port.in.BookingTotals;
import com.seatbooking.application.port.in.RecordedResponse;
import com.seatbooking.application.port.in.NotSignedInException;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.PasswordHash;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.HoldRules;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every persistence adapter must do, run against each of them (in memory and PostgreSQL), so
 * that swapping adapters cannot change behaviour. Subclasses hand out the adapters and start every
 * test from an empty store.
 */
public abstract class PersistenceContract {

    /** Whole microseconds: the precision PostgreSQL keeps. */
    protected static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123456Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofMinutes(2));
    private static final UserName ALICE = new UserName("alice");

    protected abstract ShowRepository shows();

    protected abstract BookingRepository bookings();

    protected abstract SeatAllocationRepository allocations();

    protected abstract UnitOfWork unitOfWork();

    protected abstract AccountRepository accounts();

    protected abstract IdempotencyKeyRepository idempotencyKeys();

    private AccountId owner;

    /** The account the bookings of a test belong to, created on first use. */
    protected AccountId owner() {
        if (owner == null) {
            owner = account("owner-" + UUID.randomUUID().toString().substring(0, 8), Role.CUSTOMER).id();
        }
        return owner;
    }

    protected Account account(String username, Role role) {
        PasswordHash hash = new PasswordHash("$2a$10$" + "x".repeat(53));
        Account account = role == Role.ADMIN
                ? Account.administrator(AccountId.random(), new Username(username), new DisplayName("Admin " + username), hash, NOW)
                : Account.register(AccountId.random(), new Username(username), new DisplayName("Customer " + username), hash, NOW);
        tx(() -> {
            accounts().add(account);
            return null;
        });
        return account;
    }

    // --- accounts --------------------------------------------------------------------------------

    @Test
    void anAccountReadsBackAsItWasAddedByIdAndByUsernameInAnyCase() {
        Account added = account("Carol.M", Role.CUSTOMER);

        Account byId = tx(() -> accounts().findById(added.id())).orElseThrow();
        Account byName = tx(() -> accounts().findByUsername(new Username("cAROL.m"))).orElseThrow();

        for (Account found : List.of(byId, byName)) {
            assertThat(found.id()).isEqualTo(added.id());
            assertThat(found.username().value()).as("kept as typed").isEqualTo("Carol.M");
            assertThat(found.displayName()).isEqualTo(added.displayName());
            assertThat(found.passwordHash()).isEqualTo(added.passwordHash());
            assertThat(found.roles()).containsExactly(Role.CUSTOMER);
            assertThat(found.createdAt()).isEqualTo(NOW);
        }
        assertThat(tx(() -> accounts().findByUsername(new Username("carol.n")))).isEmpty();
        assertThat(tx(() -> accounts().findById(AccountId.random()))).isEmpty();
    }

    @Test
    void aUsernameIsUniqueIgnoringCase() {
        account("dave", Role.CUSTOMER);

        assertThatThrownBy(() -> account("DAVE", Role.CUSTOMER)).isInstanceOf(RuntimeException.class);
        assertThat(tx(() -> accounts().findByUsername(new Username("Dave"))).orElseThrow().username().value()).isEqualTo("dave");
    }

    @Test
    void aChangedPasswordIsStored() {
        Account added = account("erin", Role.CUSTOMER);
        PasswordHash next = new PasswordHash("$2a$10$" + "y".repeat(53));

        tx(() -> {
            accounts().update(tx(() -> accounts().findById(added.id())).orElseThrow().changePassword(next));
            return null;
        });

        assertThat(tx(() -> accounts().findById(added.id())).orElseThrow().passwordHash()).isEqualTo(next);
    }

    @Test
    void knowsWhetherThereIsAnAdmin() {
        account("frank", Role.CUSTOMER);
        assertThat(tx(() -> accounts().anyAdmin())).isFalse();

        account("root", Role.ADMIN);

        assertThat(tx(() -> accounts().anyAdmin())).isTrue();
    }

    @Test
    void anOwnersBookingsComeNewestFirstPageByPageAndOnlyTheirs() {
        Show show = show("Bus 11", NOW.plus(Duration.ofDays(1)), 40);
        AccountId other = account("other-owner", Role.CUSTOMER).id();
        List<Booking> mine = new java.util.ArrayList<>();
        for (int seat = 1; seat <= 5; seat++) {
            // two bookings per instant, so ties are broken by id
            Instant at = NOW.plusSeconds(seat / 2);
            mine.add(place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(seat), at)));
        }
        place(Booking.book(BookingId.random(), show.id(), other, ALICE, SeatNumbers.of(20), NOW.plusSeconds(9)));
        List<BookingId> expected = mine.stream()
                .sorted(java.util.Comparator.comparing(Booking::createdAt).reversed()
                        .thenComparing((a, b) -> BookingCursor.compareIds(a.id(), b.id())))
                .map(Booking::id).toList();

        List<Booking> first = tx(() -> bookings().findByOwner(owner(), null, 2));
        List<Booking> second = tx(() -> bookings().findByOwner(owner(), BookingCursor.after(first.get(1)), 2));
        List<Booking> third = tx(() -> bookings().findByOwner(owner(), BookingCursor.after(second.get(1)), 2));

        assertThat(first).extracting(Booking::id).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(second).extracting(Booking::id).containsExactlyElementsOf(expected.subList(2, 4));
        assertThat(third).extracting(Booking::id).containsExactlyElementsOf(expected.subList(4, 5));
        assertSameBooking(first.get(0), mine.stream().filter(b -> b.id().equals(expected.get(0))).findFirst().orElseThrow());
        assertThat(tx(() -> bookings().findByOwner(AccountId.random(), null, 10))).isEmpty();
    }

    @Test
    void aBookingForAnAccountThatDoesNotExistIsRefused() {
        Show show = show("Bus 12", NOW.plus(Duration.ofDays(1)), 40);
        Booking orphan = Booking.book(BookingId.random(), show.id(), AccountId.random(), ALICE, SeatNumbers.of(1), NOW);

        assertThatThrownBy(() -> bookings().addAllocatingSeats(orphan, Show.MAX_SEATS, NOW)).isInstanceOf(NotSignedInException.class);
        assertThat(reserved(show, NOW)).isEqualTo(SeatNumbers.none());
    }

    // --- shows ---------------------------------------------------------------------------------

    @Test
    void aShowReadsBackAsItWasAdded() {
        Show show = show("Swan Lake", NOW.plus(Duration.ofDays(30)), 250);

        Show found = tx(() -> shows().findById(show.id())).orElseThrow();

        assertThat(found.id()).isEqualTo(show.id());
        assertThat(found.name()).isEqualTo(show.name());
        assertThat(found.startTime()).isEqualTo(show.startTime());
        assertThat(found.totalSeats()).isEqualTo(250);
    }

    @Test
    void anUnknownShowIsNotFound() {
        assertThat(tx(() -> shows().findById(ShowId.random()))).isEmpty();
    }

    @Test
    void showsAreListedSoonestFirstThenByName() {
        Show late = show("B late", NOW.plus(Duration.ofDays(3)), 1);
        Show earlyB = show("B early", NOW.plus(Duration.ofDays(1)), 1);
        Show earlyA = show("A early", NOW.plus(Duration.ofDays(1)), 1);

        assertThat(tx(() -> shows().findAllByStartTime())).extracting(Show::id).containsExactly(earlyA.id(), earlyB.id(), late.id());
    }

    // --- bookings ------------------------------------------------------------------------------

    @Test
    void aBookingReadsBackWithItsHistory() {
        Show show = show("Bus 7", NOW.plus(Duration.ofDays(1)), 40);
        Booking booking = place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(7, 3), NOW));

        Booking found = tx(() -> bookings().findById(booking.id())).orElseThrow();

        assertSameBooking(found, booking);
    }

    @Test
    void updatesAppendToTheHistory() {
        Show show = show("Bus 9", NOW.plus(Duration.ofDays(1)), 40);
        Booking hold = place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(5), NOW, DEADLINE));
        Booking confirmed = hold.confirm(NOW.plusSeconds(10));
        Booking cancelled = confirmed.cancel(NOW.plusSeconds(20));

        tx(() -> {
            bookings().update(confirmed);
            return null;
        });
        tx(() -> {
            Booking locked = bookings().findByIdForUpdate(hold.id()).orElseThrow();
            assertThat(locked.status()).isEqualTo(BookingStatus.CONFIRMED);
            bookings().update(cancelled);
            return null;
        });

        assertSameBooking(tx(() -> bookings().findById(hold.id())).orElseThrow(), cancelled);
    }

    @Test
    void anUnknownBookingIsNotFound() {
        assertThat(tx(() -> bookings().findById(BookingId.random()))).isEmpty();
        assertThat(tx(() -> bookings().findByIdForUpdate(BookingId.random()))).isEmpty();
    }

    @Test
    void expiredHoldsAreHandedOutOldestFirstAndOnlyThem() {
        Show show = show("Bus 10", NOW.plus(Duration.ofDays(1)), 40);
        Booking second = place(hold(show, 2, NOW.plusSeconds(1), Duration.ofSeconds(60)));
        Booking first = place(hold(show, 1, NOW, Duration.ofSeconds(60)));
        Booking third = place(hold(show, 3, NOW.plusSeconds(2), Duration.ofSeconds(60)));
        place(hold(show, 4, NOW, Duration.ofSeconds(600)));
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(5), NOW));
        Booking confirmedHold = place(hold(show, 6, NOW, Duration.ofSeconds(30)));
        tx(() -> {
            bookings().update(confirmedHold.confirm(NOW.plusSeconds(1)));
            return null;
        });
        Instant later = NOW.plusSeconds(62);

        assertThat(tx(() -> bookings().lockExpiredHolds(later, 10))).extracting(Booking::id)
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(tx(() -> bookings().lockExpiredHolds(later, 2))).extracting(Booking::id)
                .containsExactly(first.id(), second.id());
        assertThat(tx(() -> bookings().lockExpiredHolds(NOW.plusSeconds(60), 10))).extracting(Booking::id)
                .as("a hold expires at its deadline, not after").containsExactly(first.id());
    }

    // --- seat allocations ------------------------------------------------------------------------

    @Test
    void allocatesFreeSeats() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);

        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(2, 9), NOW));

        assertThat(reserved(show, NOW)).isEqualTo(SeatNumbers.of(2, 9));
    }

    @Test
    void aBookingThatMeetsTakenSeatsAllocatesNothingAndStoresTheRejection() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(3, 4), NOW));
        place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(8), NOW, DEADLINE));
        Booking attempt = Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 4, 5, 8), NOW, DEADLINE);

        Booking stored = bookings().addAllocatingSeats(attempt, Show.MAX_SEATS, NOW);

        assertThat(stored.id()).isEqualTo(attempt.id());
        assertThat(stored.status()).isEqualTo(BookingStatus.FAILED);
        assertThat(stored.conflictingSeats()).isEqualTo(SeatNumbers.of(4, 8));
        assertSameBooking(stored, Booking.rejected(attempt.id(), show.id(), owner(), ALICE, attempt.seats(), SeatNumbers.of(4, 8), NOW));
        assertSameBooking(tx(() -> bookings().findById(attempt.id())).orElseThrow(), stored);
        assertThat(reserved(show, NOW)).as("seats 1 and 5 stay free").isEqualTo(SeatNumbers.of(3, 4, 8));
    }

    @Test
    void allocationsOfOneShowDoNotTouchAnother() {
        Show one = show("One", NOW.plus(Duration.ofDays(1)), 10);
        Show two = show("Two", NOW.plus(Duration.ofDays(1)), 10);
        place(Booking.book(BookingId.random(), one.id(), owner(), ALICE, SeatNumbers.of(1), NOW));

        place(Booking.book(BookingId.random(), two.id(), owner(), ALICE, SeatNumbers.of(1), NOW));

        assertThat(reserved(one, NOW)).isEqualTo(SeatNumbers.of(1));
        assertThat(reserved(two, NOW)).isEqualTo(SeatNumbers.of(1));
    }

    @Test
    void aHoldPastItsDeadlineIsTakenOver() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);
        place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(6, 7), NOW, DEADLINE));

        assertThat(reserved(show, DEADLINE.minusNanos(1000))).isEqualTo(SeatNumbers.of(6, 7));
        assertThat(reserved(show, DEADLINE)).as("expired at its deadline").isEqualTo(SeatNumbers.none());

        Booking taker = Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(7, 8), DEADLINE);
        assertThat(bookings().addAllocatingSeats(taker, Show.MAX_SEATS, DEADLINE)).isEqualTo(taker);
        assertThat(reserved(show, DEADLINE)).isEqualTo(SeatNumbers.of(7, 8));
    }

    @Test
    void aLiveHoldIsMadeFirmAndOutlivesItsDeadline() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);
        Booking hold = place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2), NOW, DEADLINE));

        assertThat(tx(() -> allocations().makeFirm(hold.allocation(), DEADLINE.minusSeconds(1)))).isTrue();

        assertThat(reserved(show, DEADLINE.plus(Duration.ofDays(7)))).isEqualTo(SeatNumbers.of(1, 2));
    }

    @Test
    void aHoldThatLostASeatCannotBeMadeFirm() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);
        Booking hold = place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2), NOW, DEADLINE));
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(2), DEADLINE));

        assertThat(tx(() -> allocations().makeFirm(hold.allocation(), DEADLINE.minusSeconds(1)))).isFalse();
        assertThat(tx(() -> allocations().makeFirm(hold.allocation(), DEADLINE))).isFalse();
        assertThat(reserved(show, NOW)).as("nothing changed").isEqualTo(SeatNumbers.of(1, 2));
    }

    @Test
    void releasedSeatsAreFreeAgain() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);
        Booking a = place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2), NOW));
        Booking b = place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(3), NOW));
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(4), NOW));

        tx(() -> {
            allocations().release(List.of(a.allocation(), b.allocation()));
            return null;
        });

        assertThat(reserved(show, NOW)).isEqualTo(SeatNumbers.of(4));
    }

    @Test
    void releasingAnExpiredHoldLeavesSeatsTakenOverFromIt() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);
        Booking hold = place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2, 3), NOW, DEADLINE));
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(2), DEADLINE));

        tx(() -> {
            allocations().release(List.of(hold.allocation()));
            return null;
        });

        assertThat(reserved(show, NOW)).isEqualTo(SeatNumbers.of(2));
    }

    @Test
    void countsActiveAllocationsPerShow() {
        Show one = show("One", NOW.plus(Duration.ofDays(1)), 10);
        Show two = show("Two", NOW.plus(Duration.ofDays(1)), 10);
        Show none = show("None", NOW.plus(Duration.ofDays(1)), 10);
        place(Booking.book(BookingId.random(), one.id(), owner(), ALICE, SeatNumbers.of(1, 2, 3), NOW));
        place(Booking.hold(BookingId.random(), one.id(), owner(), ALICE, SeatNumbers.of(4), NOW, DEADLINE));
        place(Booking.hold(BookingId.random(), two.id(), owner(), ALICE, SeatNumbers.of(1), NOW, DEADLINE));

        assertThat(tx(() -> allocations().reservedCounts(NOW))).containsEntry(one.id(), 4).containsEntry(two.id(), 1)
                .satisfiesAnyOf(counts -> assertThat(counts).doesNotContainKey(none.id()),
                        counts -> assertThat(counts).containsEntry(none.id(), 0));
        assertThat(tx(() -> allocations().reservedCounts(DEADLINE)).get(one.id())).isEqualTo(3);
    }

    @Test
    void aShowsOwnSeatLimitReadsBack() {
        Show show = Show.restore(ShowId.random(), new ShowName("Limited"), NOW.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS), 50, 4);
        tx(() -> {
            shows().add(show);
            return null;
        });

        assertThat(tx(() -> shows().findById(show.id())).orElseThrow().maxSeatsPerCustomer()).contains(4);
        assertThat(tx(() -> shows().findAllByStartTime()).stream().filter(s -> s.id().equals(show.id())).findFirst().orElseThrow()
                .maxSeatsPerCustomer()).contains(4);
    }

    // --- the seat limit ----------------------------------------------------------------------------

    @Test
    void anOwnerCannotPassTheSeatLimitAndARefusalStoresNothing() {
        Show show = show("Limited", NOW.plus(Duration.ofDays(1)), 20);
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2), NOW), 4);
        place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(3), NOW, DEADLINE), 4);
        Booking tooMany = Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(4, 5), NOW);

        assertThatThrownBy(() -> bookings().addAllocatingSeats(tooMany, 4, NOW))
                .isInstanceOfSatisfying(SeatLimitReachedException.class, refusal -> {
                    assertThat(refusal.limit()).isEqualTo(4);
                    assertThat(refusal.remaining()).isEqualTo(1);
                    assertThat(refusal.showId()).isEqualTo(show.id());
                });

        assertThat(tx(() -> bookings().findById(tooMany.id()))).as("nothing stored").isEmpty();
        assertThat(reserved(show, NOW)).isEqualTo(SeatNumbers.of(1, 2, 3));
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(4), NOW), 4);
        AccountId someoneElse = account("someone-else", Role.CUSTOMER).id();
        place(Booking.book(BookingId.random(), show.id(), someoneElse, ALICE, SeatNumbers.of(5, 6, 7, 8), NOW), 4);
        assertThatThrownBy(() -> bookings().addAllocatingSeats(
                Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(9), NOW), 4, NOW))
                .isInstanceOfSatisfying(SeatLimitReachedException.class, refusal -> assertThat(refusal.remaining()).isZero());
    }

    @Test
    void takenSeatsAreAConflictBeforeTheyAreALimit() {
        Show show = show("Limited", NOW.plus(Duration.ofDays(1)), 20);
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1), NOW), 1);
        Booking attempt = Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2), NOW);

        Booking stored = bookings().addAllocatingSeats(attempt, 1, NOW);

        assertThat(stored.status()).isEqualTo(BookingStatus.FAILED);
        assertThat(stored.conflictingSeats()).isEqualTo(SeatNumbers.of(1));
    }

    @Test
    void releasedSeatsCountNoMoreAgainstTheLimit() {
        Show show = show("Limited", NOW.plus(Duration.ofDays(1)), 20);
        Booking first = place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2), NOW), 2);

        tx(() -> {
            allocations().release(List.of(first.allocation()));
            return null;
        });

        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(3, 4), NOW), 2);
    }

    @Test
    void anExpiredHoldCountsUntilItsSeatsAreReleasedOrTakenOver() {
        Show show = show("Limited", NOW.plus(Duration.ofDays(1)), 20);
        AccountId bob = account("bob-" + UUID.randomUUID().toString().substring(0, 6), Role.CUSTOMER).id();
        place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2), NOW, DEADLINE), 2);

        assertThatThrownBy(() -> bookings().addAllocatingSeats(
                Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(5), DEADLINE), 2, DEADLINE))
                .as("still counted: nobody released it yet").isInstanceOf(SeatLimitReachedException.class);
        place(Booking.book(BookingId.random(), show.id(), bob, ALICE, SeatNumbers.of(2), DEADLINE), 2);

        // bob took seat 2 over: it counts for bob now, and the owner may have one more
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(5), DEADLINE), 2);
        assertThatThrownBy(() -> bookings().addAllocatingSeats(
                Booking.book(BookingId.random(), show.id(), bob, ALICE, SeatNumbers.of(6, 7), DEADLINE), 2, DEADLINE))
                .isInstanceOfSatisfying(SeatLimitReachedException.class, refusal -> assertThat(refusal.remaining()).isEqualTo(1));
    }

    @Test
    void takingOverOnesOwnExpiredHoldIsNotCountedTwice() {
        Show show = show("Limited", NOW.plus(Duration.ofDays(1)), 20);
        place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2), NOW, DEADLINE), 3);

        place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2, 3), DEADLINE,
                DEADLINE.plus(Duration.ofMinutes(2))), 3);

        assertThat(reserved(show, DEADLINE)).isEqualTo(SeatNumbers.of(1, 2, 3));
    }

    // --- extending holds ---------------------------------------------------------------------------

    @Test
    void aLiveHoldsDeadlineMovesAndItsSeatsStayTaken() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);
        Booking hold = place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2), NOW, DEADLINE));
        Instant later = DEADLINE.plus(Duration.ofMinutes(2));

        assertThat(tx(() -> allocations().extend(hold.allocation(), later, DEADLINE.minusSeconds(1)))).isTrue();

        assertThat(reserved(show, DEADLINE.plusSeconds(30))).as("held past the first deadline").isEqualTo(SeatNumbers.of(1, 2));
        Booking rival = Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(2), DEADLINE.plusSeconds(30));
        assertThat(bookings().addAllocatingSeats(rival, Show.MAX_SEATS, DEADLINE.plusSeconds(30)).conflictingSeats()).isEqualTo(SeatNumbers.of(2));
        assertThat(reserved(show, later)).isEqualTo(SeatNumbers.none());
    }

    @Test
    void aHoldPastItsDeadlineCannotBeExtended() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);
        Booking hold = place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1, 2), NOW, DEADLINE));
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(2), DEADLINE));

        assertThat(tx(() -> allocations().extend(hold.allocation(), DEADLINE.plusSeconds(120), DEADLINE))).isFalse();
        assertThat(tx(() -> allocations().extend(hold.allocation(), DEADLINE.plusSeconds(120), DEADLINE.minusSeconds(1))))
                .as("lost a seat").isFalse();
    }

    @Test
    void anExtendedDeadlineReadsBackWithTheHistory() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);
        Booking hold = place(Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1), NOW, DEADLINE));
        Booking longer = hold.extend(NOW.plusSeconds(60), new HoldRules(Duration.ofMinutes(2), Duration.ofMinutes(10), 2));

        tx(() -> {
            bookings().update(tx(() -> bookings().findByIdForUpdate(hold.id())).orElseThrow().extend(NOW.plusSeconds(60),
                    new HoldRules(Duration.ofMinutes(2), Duration.ofMinutes(10), 2)));
            return null;
        });

        assertSameBooking(tx(() -> bookings().findById(hold.id())).orElseThrow(), longer);
    }

    // --- retention -------------------------------------------------------------------------------

    @Test
    void failedBookingsOlderThanTheCutoffAreDeletedInBatchesAndStillCounted() {
        Show show = show("Storm", NOW.plus(Duration.ofDays(30)), 10);
        Show other = show("Calm", NOW.plus(Duration.ofDays(30)), 10);
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1), NOW));
        List<BookingId> old = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            old.add(bookings().addAllocatingSeats(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1), NOW),
                    Show.MAX_SEATS, NOW).id());
        }
        Booking recent = bookings().addAllocatingSeats(
                Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1), NOW.plusSeconds(3600)), Show.MAX_SEATS,
                NOW.plusSeconds(3600));
        Booking elsewhere = place(Booking.hold(BookingId.random(), other.id(), owner(), ALICE, SeatNumbers.of(1), NOW, DEADLINE));
        Booking expired = elsewhere.expire(DEADLINE);
        tx(() -> {
            allocations().release(List.of(elsewhere.allocation()));
            bookings().update(expired);
            return null;
        });
        Instant cutoff = NOW.plusSeconds(600);
        assertThat(tx(() -> bookings().totals(show.id()))).isEqualTo(new BookingTotals(1, 0, 0, 6, 0, 0));

        assertThat(bookings().deleteFailedBefore(cutoff, 3)).isEqualTo(3);
        assertThat(bookings().deleteFailedBefore(cutoff, 3)).isEqualTo(3);
        assertThat(bookings().deleteFailedBefore(cutoff, 3)).as("the recent one stays").isZero();

        for (BookingId id : old) {
            assertThat(tx(() -> bookings().findById(id))).isEmpty();
        }
        assertThat(tx(() -> bookings().findById(recent.id()))).isPresent();
        assertThat(tx(() -> bookings().findById(expired.id()))).as("failed at its deadline, before the cutoff: deleted").isEmpty();
        assertThat(tx(() -> bookings().totals(show.id()))).isEqualTo(new BookingTotals(1, 0, 0, 6, 0, 5));
        assertThat(tx(() -> bookings().totals(other.id()))).isEqualTo(new BookingTotals(0, 0, 0, 0, 1, 1));
        assertThat(tx(() -> bookings().findByOwner(owner(), null, 100))).hasSize(2);
    }

    // --- idempotency keys ----------------------------------------------------------------------------

    @Test
    void anAnswerIsKeptPerScopeAndKeyUntilItExpires() {
        RecordedResponse created = new RecordedResponse(201, "application/json", "{\"id\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "/bookings/1");
        IdempotencyKeyRepository.KeptAnswer answer = new IdempotencyKeyRepository.KeptAnswer("POST", "/shows/1/bookings", "abc", created);
        Instant expiresAt = NOW.plus(Duration.ofHours(24));

        assertThat(tx(() -> idempotencyKeys().lockAndFind("account:1", "key-1", NOW))).isEqualTo(new IdempotencyKeyRepository.Lookup(true,
                java.util.Optional.empty()));
        tx(() -> {
            idempotencyKeys().add("account:1", "key-1", answer, NOW, expiresAt);
            return null;
        });

        IdempotencyKeyRepository.Lookup found = tx(() -> idempotencyKeys().lockAndFind("account:1", "key-1", NOW.plusSeconds(5)));
        assertThat(found.locked()).isTrue();
        assertThat(found.kept()).contains(answer);
        assertThat(tx(() -> idempotencyKeys().lockAndFind("account:2", "key-1", NOW)).kept()).as("another scope").isEmpty();
        assertThat(tx(() -> idempotencyKeys().lockAndFind("account:1", "key-1", expiresAt)).kept()).as("expired").isEmpty();
        assertThatThrownBy(() -> tx(() -> {
            idempotencyKeys().add("account:1", "key-1", answer, NOW.plusSeconds(1), expiresAt);
            return null;
        })).as("an unexpired answer is never replaced").isInstanceOf(RuntimeException.class);

        tx(() -> {
            idempotencyKeys().add("account:1", "key-1", answer, expiresAt, expiresAt.plus(Duration.ofHours(24)));
            return null;
        });
        assertThat(tx(() -> idempotencyKeys().lockAndFind("account:1", "key-1", expiresAt)).kept()).as("replaced once expired").contains(answer);
    }

    @Test
    void expiredAnswersAreDeletedInBatches() {
        RecordedResponse ok = new RecordedResponse(200, "application/json", new byte[] {'{', '}'}, null);
        IdempotencyKeyRepository.KeptAnswer answer = new IdempotencyKeyRepository.KeptAnswer("POST", "/bookings/1/confirm", "abc", ok);
        tx(() -> {
            for (int i = 0; i < 5; i++) {
                idempotencyKeys().add("account:x", "old-" + i, answer, NOW, NOW.plusSeconds(10));
            }
            idempotencyKeys().add("account:x", "fresh", answer, NOW, NOW.plusSeconds(1000));
            return null;
        });

        assertThat(tx(() -> idempotencyKeys().deleteExpired(NOW.plusSeconds(10), 3))).isEqualTo(3);
        assertThat(tx(() -> idempotencyKeys().deleteExpired(NOW.plusSeconds(10), 3))).isEqualTo(2);
        assertThat(tx(() -> idempotencyKeys().deleteExpired(NOW.plusSeconds(10), 3))).isZero();
        assertThat(tx(() -> idempotencyKeys().lockAndFind("account:x", "fresh", NOW.plusSeconds(10))).kept()).contains(answer);
    }

    // --- operating shows ------------------------------------------------------------------------

    @Test
    void aChangedShowIsStoredAtTheNextVersionAndAStaleOneIsRefused() {
        Show show = show("Edit me", NOW.plus(Duration.ofDays(2)), 10);
        Show read = tx(() -> shows().findByIdForUpdate(show.id())).orElseThrow();

        Show stored = tx(() -> shows().update(read.rename(new ShowName("Edited")).resize(12, false)));

        assertThat(stored.version()).isEqualTo(1);
        Show found = tx(() -> shows().findByIdForUpdate(show.id())).orElseThrow();
        assertThat(found.name().value()).isEqualTo("Edited");
        assertThat(found.totalSeats()).isEqualTo(12);
        assertThat(found.version()).isEqualTo(1);
        assertThatThrownBy(() -> tx(() -> shows().update(read.rename(new ShowName("Stale"))))).isInstanceOf(ConcurrentShowChangeException.class);
        assertThat(tx(() -> shows().findByIdForUpdate(show.id())).orElseThrow().name().value()).isEqualTo("Edited");
    }

    @Test
    void theStoreRefusesBookingsOfACancelledShowAndKeepsItsCancellationsProgress() {
        Show show = show("Called off", NOW.plus(Duration.ofDays(2)), 10);
        place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1), NOW));
        place(hold(show, 2, NOW, Duration.ofMinutes(2)));
        assertThat(tx(() -> bookings().anyOfShow(show.id()))).isTrue();
        assertThat(tx(() -> bookings().lockLiveOfShow(show.id(), null, 10))).as("only of a cancelled show").isEmpty();

        tx(() -> {
            Show cancelled = shows().update(shows().findByIdForUpdate(show.id()).orElseThrow().cancel(NOW));
            shows().startCancellation(cancelled.id(), bookings().countLiveOfShow(cancelled.id()));
            return cancelled;
        });

        Booking late = Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(3), NOW.plusSeconds(1));
        assertThatThrownBy(() -> bookings().addAllocatingSeats(late, Show.MAX_SEATS, NOW.plusSeconds(1)))
                .isInstanceOf(com.seatbooking.domain.show.ShowCancelledException.class);
        assertThat(tx(() -> bookings().findById(late.id()))).as("nothing stored").isEmpty();
        assertThat(tx(() -> shows().cancellation(show.id())).orElseThrow().bookingsToCancel()).isEqualTo(2);
        assertThat(tx(() -> shows().unfinishedCancellations(10))).containsExactly(show.id());
        List<Booking> live = tx(() -> bookings().lockLiveOfShow(show.id(), null, 1));
        assertThat(live).hasSize(1);
        assertThat(tx(() -> bookings().lockLiveOfShow(show.id(), new BookingCursor(live.get(0).createdAt(), live.get(0).id()), 10)))
                .as("the rest, after the cursor").hasSize(1).noneMatch(booking -> booking.id().equals(live.get(0).id()));

        tx(() -> {
            shows().countCancelled(show.id(), 2);
            shows().completeCancellation(show.id(), NOW.plusSeconds(5));
            return null;
        });
        var cancellation = tx(() -> shows().cancellation(show.id())).orElseThrow();
        assertThat(cancellation.bookingsCancelled()).isEqualTo(2);
        assertThat(cancellation.completed()).isTrue();
        assertThat(tx(() -> shows().unfinishedCancellations(10))).isEmpty();
    }

    @Test
    void theShowListPagesFiltersAndSearchesIgnoringCaseAndAccents() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Show past = show("Café Élysée " + tag + " past", NOW.minus(Duration.ofDays(1)), 5);
        Show first = show("Café Élysée " + tag + " one", NOW.plus(Duration.ofDays(1)), 5);
        Show second = show("CAFÉ ÉLYSÉE " + tag + " two", NOW.plus(Duration.ofDays(2)), 5);
        show("Something else " + tag, NOW.plus(Duration.ofDays(1)), 5);
        var upcoming = com.seatbooking.application.port.in.ListShowsQuery.of(null, null, null, "cafe elysee " + tag, 1, null);

        List<Show> page = tx(() -> shows().findPage(upcoming, NOW, 1));
        assertThat(page).extracting(Show::id).containsExactly(first.id());
        assertThat(tx(() -> shows().findPage(upcoming.next(com.seatbooking.application.port.in.ShowCursor.after(page.get(0))), NOW, 5)))
                .extracting(Show::id).containsExactly(second.id());
        var past2 = com.seatbooking.application.port.in.ListShowsQuery.of("past", null, null, tag, 10, null);
        assertThat(tx(() -> shows().findPage(past2, NOW, 10))).extracting(Show::id).containsExactly(past.id());
        var all = com.seatbooking.application.port.in.ListShowsQuery.of("all", NOW, NOW.plus(Duration.ofDays(2)), "élysée " + tag, 10, null);
        assertThat(tx(() -> shows().findPage(all, NOW, 10))).extracting(Show::id).containsExactly(first.id());
        var literal = com.seatbooking.application.port.in.ListShowsQuery.of("all", null, null, "%", 10, null);
        assertThat(tx(() -> shows().findPage(literal, NOW, 10))).as("wildcards are matched literally").isEmpty();
    }

    @Test
    void aShowsBookingsAreListedNewestFirstFilteredAndCounted() {
        Show show = show("Listed", NOW.plus(Duration.ofDays(2)), 10);
        AccountId other = account("list-other", Role.CUSTOMER).id();
        Booking one = place(Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1), NOW));
        Booking two = place(Booking.book(BookingId.random(), show.id(), other, ALICE, SeatNumbers.of(2), NOW.plusSeconds(1)));
        Booking three = place(hold(show, 3, NOW.plusSeconds(2), Duration.ofMinutes(2)));
        com.seatbooking.application.port.in.Actor admin = com.seatbooking.application.port.in.Actor.signedIn(AccountId.random(),
                new Username("lister"), new DisplayName("Lister"), java.util.Set.of(Role.ADMIN));
        var everything = com.seatbooking.application.port.in.ListShowBookingsQuery.of(admin, show.id().toString(), null, null, 2, null);

        var first = tx(() -> bookings().findOfShow(everything, 2));
        assertThat(first).extracting(row -> row.id()).containsExactly(three.id(), two.id());
        assertThat(first.get(1).owner().value()).isEqualTo("list-other");
        assertThat(tx(() -> bookings().findOfShow(everything.next(first.get(1).cursor(), 2), 2))).extracting(row -> row.id())
                .containsExactly(one.id());
        assertThat(tx(() -> bookings().countOfShow(everything))).isEqualTo(3);
        var confirmedOfOther = com.seatbooking.application.port.in.ListShowBookingsQuery.of(admin, show.id().toString(), "CONFIRMED",
                "LIST-OTHER", 10, null);
        assertThat(tx(() -> bookings().findOfShow(confirmedOfOther, 10))).extracting(row -> row.id()).containsExactly(two.id());
        assertThat(tx(() -> bookings().countOfShow(confirmedOfOther))).isEqualTo(1);
        assertThat(tx(() -> bookings().countLiveOfShow(show.id()))).isEqualTo(3);
    }

    // --- unit of work --------------------------------------------------------------------------

    @Test
    void aUnitOfWorkThatFailsLeavesNothingBehind() {
        Show show = show("Concert", NOW.plus(Duration.ofDays(1)), 10);
        Booking booking = Booking.book(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(1), NOW);

        assertThatThrownBy(() -> tx(() -> {
            bookings().addAllocatingSeats(booking, Show.MAX_SEATS, NOW);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(reserved(show, NOW)).isEqualTo(SeatNumbers.none());
        assertThat(tx(() -> bookings().findById(booking.id()))).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------

    protected <T> T tx(Supplier<T> work) {
        return unitOfWork().inTransaction(work);
    }

    protected Show show(String name, Instant startTime, int seats) {
        Show show = Show.restore(ShowId.random(), new ShowName(name), startTime.truncatedTo(ChronoUnit.MICROS), seats);
        tx(() -> {
            shows().add(show);
            return null;
        });
        return show;
    }

    /** Stores an active booking with its allocation, as the booking service does; fails if a seat is taken. */
    protected Booking place(Booking booking) {
        return place(booking, Show.MAX_SEATS);
    }

    /** The same, within a seat limit. */
    protected Booking place(Booking booking, int seatLimit) {
        Booking stored = bookings().addAllocatingSeats(booking, seatLimit, booking.createdAt());
        assertThat(stored.conflictingSeats()).as("seats taken").isEqualTo(SeatNumbers.none());
        return stored;
    }

    private Booking hold(Show show, int seat, Instant at, Duration ttl) {
        return Booking.hold(BookingId.random(), show.id(), owner(), ALICE, SeatNumbers.of(seat), at, at.plus(ttl));
    }

    protected SeatNumbers reserved(Show show, Instant at) {
        return tx(() -> allocations().reservedSeats(show.id(), at));
    }

    protected static void assertSameBooking(Booking actual, Booking expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.showId()).isEqualTo(expected.showId());
        assertThat(actual.owner()).isEqualTo(expected.owner());
        assertThat(actual.userName()).isEqualTo(expected.userName());
        assertThat(actual.seats()).isEqualTo(expected.seats());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.updatedAt()).isEqualTo(expected.updatedAt());
        assertThat(actual.expiresAt()).isEqualTo(expected.expiresAt());
        assertThat(actual.failureReason()).isEqualTo(expected.failureReason());
        assertThat(actual.conflictingSeats()).isEqualTo(expected.conflictingSeats());
        assertThat(actual.history()).isEqualTo(expected.history());
    }
}
