package com.seatbooking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.application.port.StoreUnavailableException;
import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BestAvailableCommand;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.IdempotentCommand;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.KeyedBookingOutcome;
import com.seatbooking.application.port.in.LayoutDraft;
import com.seatbooking.application.port.in.LayoutDraft.PriceDraft;
import com.seatbooking.application.port.in.LayoutDraft.RowDraft;
import com.seatbooking.application.port.in.LayoutDraft.SectionDraft;
import com.seatbooking.application.port.in.ListMyBookingsQuery;
import com.seatbooking.application.port.in.NotSignedInException;
import com.seatbooking.application.port.in.SeatDescription;
import com.seatbooking.application.port.in.Violation;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.venue.NotEnoughAdjacentSeatsException;
import com.seatbooking.domain.venue.NotEnoughSeatsException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Best available as a use case, on the in-memory adapters: picks, labels and prices, lost races, refusals. */
class BestAvailableServiceTest {

    private final Fixture f = new Fixture(BookingSettings.of(Fixture.TTL, 6, 2, 10));

    private BookBestAvailableService service(BookingRepository bookings) {
        return new BookBestAvailableService(f.adapters.shows(), f.adapters.allocations(), bookings, f.events, f.clock, f.settings,
                com.seatbooking.application.port.out.FairUseEvents.NONE, new IdempotencySettings(Duration.ofHours(24)),
                f.adapters.unitOfWork(), new Random(1));
    }

    private final BookBestAvailableService bestAvailable = service(f.adapters.bookings());
    private final DescribeSeatsService describe = new DescribeSeatsService(f.adapters.shows());

    /** DESIGN.md §11: Stalls A (20, aisle after 10) and B (22) at 45.00 EUR; Balcony A (16) at 30.00 EUR. */
    private Show swanLake() {
        PriceDraft stalls = new PriceDraft("45.00", "EUR");
        LayoutDraft layout = new LayoutDraft(List.of(
                new SectionDraft("Stalls", stalls, List.of(new RowDraft("A", 20, List.of(10), null), new RowDraft("B", 22, null, null))),
                new SectionDraft("Balcony", null, List.of(new RowDraft("A", 16, null, new PriceDraft("30", "EUR"))))));
        return f.createShow.createShow(CreateShowCommand.of(f.admin, "Swan Lake", Fixture.START.plus(Duration.ofDays(10)), null, null,
                layout)).show();
    }

    private BestAvailableCommand command(Actor actor, Show show, int quantity, String section, boolean together, boolean hold) {
        return BestAvailableCommand.of(actor, show.id().toString(), null, quantity, section, together, hold);
    }

    @Test
    void createsAShowWithItsLayoutAndSeatCount() {
        Show show = swanLake();

        assertThat(show.totalSeats()).isEqualTo(58);
        assertThat(f.getShow.getShow(show.id()).show().layout()).isPresent();
        assertThat(show.seating().label(21)).isEqualTo("Stalls B-1");
    }

    @Test
    void namesEveryInvalidLayoutFieldByItsPath() {
        LayoutDraft bad = new LayoutDraft(List.of(
                new SectionDraft("Stalls", new PriceDraft("45.001", "EUR"),
                        List.of(new RowDraft("A", 0, null, null), new RowDraft("B", 10, List.of(10), null))),
                new SectionDraft(" ", null, List.of()),
                new SectionDraft("Balcony", null, List.of(new RowDraft("A", 2, null, null), new RowDraft("A", 2, null, null)))));

        assertThatThrownBy(() -> CreateShowCommand.of(f.admin, "Bad", Fixture.START.plusSeconds(60), null, null, bad))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("layout.sections[0].price.amount", "layout.sections[0].rows[0].seats",
                                "layout.sections[0].rows[1].gapsAfter", "layout.sections[1].rows", "layout.sections[1].name",
                                "layout.sections[2].rows[1].label"));
    }

    @Test
    void aGivenSeatCountMustMatchTheLayoutAndCurrenciesMustNotMix() {
        LayoutDraft mixed = new LayoutDraft(List.of(
                new SectionDraft("Stalls", new PriceDraft("45", "EUR"), List.of(new RowDraft("A", 10, null, null))),
                new SectionDraft("Balcony", new PriceDraft("30", "USD"), List.of(new RowDraft("A", 10, null, null)))));
        assertThatThrownBy(() -> CreateShowCommand.of(f.admin, "Mixed", Fixture.START.plusSeconds(60), 20, null, mixed))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("layout.sections"));
        LayoutDraft twenty = new LayoutDraft(List.of(new SectionDraft("Stalls", null, List.of(new RowDraft("A", 20, null, null)))));
        assertThatThrownBy(() -> CreateShowCommand.of(f.admin, "Twenty", Fixture.START.plusSeconds(60), 21, null, twenty))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("totalSeats"));
        LayoutDraft huge = new LayoutDraft(List.of(new SectionDraft("Arena", null,
                IntStream.range(0, 101).mapToObj(i -> new RowDraft("R" + i, 1000, null, null)).toList())));
        assertThatThrownBy(() -> CreateShowCommand.of(f.admin, "Huge", Fixture.START.plusSeconds(60), null, null, huge))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("layout.sections"));
    }

    @Test
    void booksTheBestSeatsAndNamesThemWithTheirPrice() {
        Show show = swanLake();

        BookingDetails booked = bestAvailable.place(command(f.alice, show, 2, null, false, false));

        // row A's centre pair would straddle the aisle: the pairs beside it are as good
        assertThat(booked.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booked.booking().seats().toArray()).satisfiesAnyOf(
                s -> assertThat(s).containsExactly(9, 10), s -> assertThat(s).containsExactly(11, 12));
        SeatDescription seats = describe.describe(show.id(), booked.booking().seats());
        assertThat(seats.labels()).allMatch(label -> label.startsWith("Stalls A-"));
        assertThat(seats.totalPrice().orElseThrow().amountText()).isEqualTo("90.00");
    }

    @Test
    void holdsInTheSectionAskedFor() {
        Show show = swanLake();

        Booking held = bestAvailable.place(command(f.alice, show, 2, "balcony", true, true)).booking();

        assertThat(held.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(describe.describe(show.id(), held.seats()).labels()).containsExactly("Balcony A-8", "Balcony A-9");
        assertThat(describe.describe(show.id(), held.seats()).totalPrice().orElseThrow().amountText()).isEqualTo("60.00");
    }

    @Test
    void aShowWithoutALayoutIsOneRowLabelledByNumber() {
        Show plain = f.show(9);

        Booking booked = bestAvailable.place(command(f.alice, plain, 3, null, false, false)).booking();

        assertThat(booked.seats().toArray()).containsExactly(4, 5, 6);
        assertThat(describe.describe(plain.id(), booked.seats()).labels()).containsExactly("4", "5", "6");
        assertThat(describe.describe(plain.id(), booked.seats()).totalPrice()).isEmpty();
    }

    /** A repository that lets another buyer take the picked seats first, {@code times} times. */
    private BookingRepository rivalTakesPicks(int times, AtomicInteger taken) {
        BookingRepository real = f.adapters.bookings();
        return (BookingRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BookingRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("tryAllocatingSeats") && taken.get() < times) {
                        taken.incrementAndGet();
                        // the box office (not limited) takes them
                        f.book(f.admin, f.adapters.shows().findById(((Booking) args[0]).showId()).orElseThrow(),
                                ((Booking) args[0]).seats().stream().boxed().toArray(Integer[]::new));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aLostRacePicksAgainAroundTheSeatsTakenAndStoresNoFailedAttempt() {
        Show show = swanLake();
        AtomicInteger taken = new AtomicInteger();

        Booking booked = service(rivalTakesPicks(3, taken)).place(command(f.alice, show, 2, null, false, false)).booking();

        assertThat(taken.get()).isEqualTo(3);
        assertThat(booked.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(f.getShow.getShow(show.id()).seatMap().reservedCount()).as("three pairs taken first, and alice's").isEqualTo(8);
        List<Booking> alices = new ArrayList<>();
        f.myBookings.listMyBookings(ListMyBookingsQuery.of(f.alice, null, null)).bookings().forEach(own -> alices.add(own.booking()));
        assertThat(alices).extracting(Booking::status).containsExactly(BookingStatus.CONFIRMED);
    }

    @Test
    void givesUpAfterABoundedNumberOfLostRacesAndAsksToTryAgain() {
        Show show = swanLake();

        assertThatThrownBy(() -> service(rivalTakesPicks(100, new AtomicInteger())).place(command(f.alice, show, 1, null, false, false)))
                .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("Try again");
        assertThat(f.myBookings.listMyBookings(ListMyBookingsQuery.of(f.alice, null, null)).bookings()).isEmpty();
    }

    @Test
    void refusesWhatCannotBeDone() {
        Show show = swanLake();
        assertThatThrownBy(() -> bestAvailable.place(command(f.alice, show, 7, null, false, false)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("quantity"));
        assertThatThrownBy(() -> BestAvailableCommand.of(f.alice, show.id().toString(), null, 0, null, null, false))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> BestAvailableCommand.of(f.alice, show.id().toString(), null, null, null, null, false))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> bestAvailable.place(command(f.alice, show, 2, "Gallery", false, false)))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("section"));
        assertThatThrownBy(() -> bestAvailable.place(BestAvailableCommand.of(Actor.anonymous(), show.id().toString(), "Someone", 2, null,
                null, false))).isInstanceOf(NotSignedInException.class);
    }

    @Test
    void saysWhatIsPossibleWhenItCannot() {
        Show show = f.show(6);
        f.book(f.bob, show, 3, 4);
        assertThatThrownBy(() -> bestAvailable.place(command(f.alice, show, 3, null, true, false)))
                .isInstanceOfSatisfying(NotEnoughAdjacentSeatsException.class, e -> assertThat(e.largestBlock()).isEqualTo(2));
        assertThat(bestAvailable.place(command(f.alice, show, 3, null, false, false)).booking().seats().size()).isEqualTo(3);
        assertThatThrownBy(() -> bestAvailable.place(command(f.alice, show, 2, null, false, false)))
                .isInstanceOfSatisfying(NotEnoughSeatsException.class, e -> assertThat(e.available()).isEqualTo(1));
    }

    @Test
    void keepsToTheSeatLimit() {
        Show show = f.show(40);
        bestAvailable.place(command(f.alice, show, 6, null, false, false));
        assertThatThrownBy(() -> bestAvailable.place(command(f.alice, show, 5, null, false, false)))
                .isInstanceOfSatisfying(SeatLimitReachedException.class, e -> assertThat(e.remaining()).isEqualTo(4));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameSeats() {
        Show show = swanLake();
        IdempotentCommand key = IdempotentCommand.of(f.alice, "203.0.113.7", "k-1", "POST", "/shows/x/bookings", "quantity=2");

        KeyedBookingOutcome first = bestAvailable.place(command(f.alice, show, 2, null, false, false), key);
        KeyedBookingOutcome again = bestAvailable.place(command(f.alice, show, 2, null, false, false), key);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.booking().booking().id()).isEqualTo(first.booking().booking().id());
        assertThat(f.getShow.getShow(show.id()).seatMap().reservedCount()).isEqualTo(2);
    }
}
