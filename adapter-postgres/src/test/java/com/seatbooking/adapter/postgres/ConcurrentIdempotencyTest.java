package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.IdempotencyKeyInUseException;
import com.seatbooking.application.port.in.IdempotentCommand;
import com.seatbooking.application.port.in.IdempotentOutcome;
import com.seatbooking.application.port.in.RecordedResponse;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.FairUseEvents;
import com.seatbooking.application.port.out.IdempotencyKeyRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.application.service.BookSeatsService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.application.service.IdempotencySettings;
import com.seatbooking.application.service.IdempotentRequestService;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.show.Show;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keyed bookings against real PostgreSQL: the key is taken, the booking made and the answer kept in
 * one transaction, so however many copies of one request race, exactly one booking is made (checked
 * in SQL), and the others get its answer or are told to retry.
 */
@QuarkusTest
class ConcurrentIdempotencyTest {

    private static final Actor ADMIN = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"), Set.of(Role.ADMIN));

    @Inject
    ShowRepository shows;
    @Inject
    BookingRepository bookings;
    @Inject
    IdempotencyKeyRepository keys;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    TestDatabase database;

    private final BookingSettings settings = BookingSettings.of(Duration.ofMinutes(2), 20, 100, 10);
    private BookSeatsService bookSeats;
    private IdempotentRequestService requests;
    private Show show;
    private Actor alice;

    @BeforeEach
    void wire() {
        database.empty();
        bookSeats = new BookSeatsService(shows, bookings, BookingEvents.NONE, Clock.tickMillis(java.time.ZoneOffset.UTC), settings,
                FairUseEvents.NONE, new IdempotencySettings(Duration.ofHours(24)), unitOfWork);
        requests = new IdempotentRequestService(keys, unitOfWork, FairUseEvents.NONE, Clock.systemUTC(),
                new IdempotencySettings(Duration.ofHours(24)));
        show = new CreateShowService(shows, unitOfWork, Clock.systemUTC(), settings)
                .createShow(CreateShowCommand.of(ADMIN, "Keyed", Instant.now().plus(Duration.ofDays(1)), 50)).show();
        alice = database.customer("alice");
    }

    /** What the REST adapter does with a booking: the booking's id and status as the answer. */
    private RecordedResponse book(List<Integer> seats) {
        Booking booking = bookSeats.book(BookSeatsCommand.of(alice, show.id().toString(), null, seats)).booking();
        String body = booking.id() + " " + booking.status();
        return new RecordedResponse(booking.status().name().equals("FAILED") ? 409 : 201, "text/plain",
                body.getBytes(StandardCharsets.UTF_8), "/bookings/" + booking.id());
    }

    private IdempotentCommand keyed(String key) {
        return IdempotentCommand.of(alice, "127.0.0.1", key, "POST", "/shows/" + show.id() + "/bookings", "seats-4-5");
    }

    @Test
    void twentyCopiesOfOneKeyedBookingAtOnceMakeExactlyOneBooking() throws Exception {
        Queue<IdempotentOutcome> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger inUse = new AtomicInteger();

        List<Throwable> errors = ConcurrentSeatLimitTest.race(20, thread -> {
            try {
                answers.add(requests.run(keyed("one-request"), () -> book(List.of(4, 5))));
            } catch (IdempotencyKeyInUseException e) {
                inUse.incrementAndGet();
            }
        });

        System.out.printf("[idempotency] 20 copies at once: %d answered (%d replayed), %d told the key is in use%n", answers.size(),
                answers.stream().filter(IdempotentOutcome::replayed).count(), inUse.get());
        assertThat(errors).isEmpty();
        assertThat(answers.size() + inUse.get()).isEqualTo(20);
        assertThat(answers.stream().filter(answer -> !answer.replayed())).as("one first answer").hasSize(1);
        assertThat(answers.stream().map(answer -> new String(answer.response().body(), StandardCharsets.UTF_8)).distinct())
                .as("every answer is the one booking").hasSize(1).allMatch(body -> body.endsWith(" CONFIRMED"));
        assertThat(database.count("SELECT count(*) FROM bookings")).as("exactly one booking, no failed twin").isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM seat_allocations")).isEqualTo(2);
        assertThat(database.count("SELECT count(*) FROM idempotency_keys")).isEqualTo(1);
        assertThat(database.count("SELECT seats FROM customer_seat_usage")).isEqualTo(2);

        IdempotentOutcome later = requests.run(keyed("one-request"), () -> book(List.of(4, 5)));
        assertThat(later.replayed()).isTrue();
        assertThat(database.count("SELECT count(*) FROM bookings")).isEqualTo(1);
    }

    @Test
    void aClientWhoseAnswerWasLostRetriesAndGetsItsBookingNotTaken() {
        IdempotentOutcome first = requests.run(keyed("lost-answer"), () -> book(List.of(7, 8)));
        // the answer never reached the client; it sends the same request again

        IdempotentOutcome retry = requests.run(keyed("lost-answer"), () -> book(List.of(7, 8)));

        assertThat(first.response().status()).isEqualTo(201);
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.response()).isEqualTo(first.response());
        assertThat(database.count("SELECT count(*) FROM bookings")).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM bookings WHERE status = 'FAILED'")).as("never 'seats taken' by itself").isZero();
        // without a key, the same retry would have been told its own seats are taken
        assertThat(book(List.of(7, 8)).status()).isEqualTo(409);
    }

    @Test
    void aRefusedWriteKeepsNeitherAnAnswerNorItsWrites() {
        try {
            requests.run(keyed("boom"), () -> {
                book(List.of(9));
                throw new IllegalStateException("the answer could not be written");
            });
        } catch (IllegalStateException expected) {
            // the booking made inside went with it
        }

        assertThat(database.count("SELECT count(*) FROM bookings")).isZero();
        assertThat(database.count("SELECT count(*) FROM idempotency_keys")).isZero();
        assertThat(database.count("SELECT count(*) FROM customer_seat_usage WHERE seats > 0")).isZero();
        assertThat(requests.run(keyed("boom"), () -> book(List.of(9))).replayed()).isFalse();
    }

    private com.seatbooking.application.port.in.KeyedBookingOutcome bookKeyed(String key, List<Integer> seats) {
        return bookSeats.book(BookSeatsCommand.of(alice, show.id().toString(), null, seats), keyed(key));
    }

    @Test
    void twentyCopiesOfOneKeyedBookingInTheOneStatementMakeExactlyOneBooking() throws Exception {
        Queue<com.seatbooking.application.port.in.KeyedBookingOutcome> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger inUse = new AtomicInteger();

        List<Throwable> errors = ConcurrentSeatLimitTest.race(20, thread -> {
            try {
                answers.add(bookKeyed("one-statement", List.of(4, 5)));
            } catch (IdempotencyKeyInUseException e) {
                inUse.incrementAndGet();
            }
        });

        System.out.printf("[idempotency] 20 copies in the one statement: %d answered (%d replayed), %d told the key is in use%n",
                answers.size(), answers.stream().filter(answer -> answer.replayed()).count(), inUse.get());
        assertThat(errors).isEmpty();
        assertThat(answers.size() + inUse.get()).isEqualTo(20);
        assertThat(answers.stream().filter(answer -> !answer.replayed())).as("one first answer").hasSize(1);
        assertThat(answers.stream().map(answer -> answer.booking().booking().id()).distinct()).as("every answer is the one booking").hasSize(1);
        assertThat(answers).allMatch(answer -> answer.booking().booking().status().name().equals("CONFIRMED"));
        assertThat(database.count("SELECT count(*) FROM bookings")).as("exactly one booking, no failed twin").isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM seat_allocations")).isEqualTo(2);
        assertThat(database.count("SELECT count(*) FROM idempotency_keys k JOIN bookings b ON b.id = k.booking_id "
                + "WHERE k.status = 201 AND k.response_body IS NULL")).as("the key names the booking").isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM idempotency_keys")).isEqualTo(1);
        assertThat(database.count("SELECT seats FROM customer_seat_usage")).isEqualTo(2);
    }

    @Test
    void aLostAnswerRetriedThroughTheOneStatementGetsItsBooking() {
        var first = bookKeyed("lost-in-statement", List.of(7, 8));
        var retry = bookKeyed("lost-in-statement", List.of(7, 8));

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.booking().booking()).isEqualTo(first.booking().booking());
        assertThat(database.count("SELECT count(*) FROM bookings")).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM bookings WHERE status = 'FAILED'")).isZero();
    }

    /** Once its answer has expired, a key books anew: the old row goes, the new one names the new booking. */
    @Test
    void aKeyWhoseAnswerExpiredBooksAnewThroughTheOneStatement() {
        var first = bookKeyed("used-again", List.of(21, 22));
        database.execute("UPDATE idempotency_keys SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day'"
                + " WHERE key = 'used-again'");

        var later = bookKeyed("used-again", List.of(23, 24));

        assertThat(later.replayed()).isFalse();
        assertThat(later.booking().booking().id()).isNotEqualTo(first.booking().booking().id());
        assertThat(later.booking().booking().seats().toArray()).containsExactly(23, 24);
        assertThat(database.strings("SELECT booking_id::text FROM idempotency_keys WHERE key = 'used-again' AND expires_at > now()"))
                .containsExactly(later.booking().booking().id().toString());
        assertThat(database.count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).isEqualTo(2);
        assertThat(bookKeyed("used-again", List.of(23, 24)).replayed()).as("and replays the new booking from then on").isTrue();
    }

    /**
     * The key's row and the booking are one statement: here the key's row cannot be written (an
     * unexpired row for the key commits while the statement runs, after its snapshot), so the whole
     * statement is undone, booking, seats and seat count with it, and its retry finds that row.
     */
    @Test
    void aStatementWhoseKeyRowCannotBeWrittenLeavesNoBookingEither() throws Exception {
        String scope = "account:" + alice.id();
        try (java.sql.Connection rival = dataSource.getConnection()) {
            rival.setAutoCommit(false);
            try (var insert = rival.prepareStatement("""
                    INSERT INTO idempotency_keys (scope, key, method, path, request_hash, status, response_body, content_type,
                                                  created_at, expires_at)
                    VALUES (?, 'raced', 'POST', ?, 'seats-4-5', 422, 'first'::bytea, 'text/plain', now(), now() + interval '1 day')""")) {
                insert.setString(1, scope);
                insert.setString(2, "/shows/" + show.id() + "/bookings");
                insert.executeUpdate();
            }
            var pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> bookKeyed("raced", List.of(11, 12)));
            // the statement waits on the rival's uncommitted row for its key; then the rival commits
            Thread.sleep(500);
            assertThat(pending).isNotDone();
            rival.commit();
            var outcome = pending.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(outcome.replayed()).isTrue();
            assertThat(outcome.kept().status()).isEqualTo(422);
        }
        assertThat(database.count("SELECT count(*) FROM bookings")).as("no booking without its key").isZero();
        assertThat(database.count("SELECT count(*) FROM seat_allocations")).isZero();
        assertThat(database.count("SELECT count(*) FROM customer_seat_usage WHERE seats > 0")).isZero();
        assertThat(database.count("SELECT count(*) FROM idempotency_keys WHERE booking_id IS NOT NULL")).as("no key without its booking").isZero();
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;
}
