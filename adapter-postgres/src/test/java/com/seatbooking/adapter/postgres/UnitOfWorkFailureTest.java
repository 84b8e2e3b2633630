package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.application.port.StoreUnavailableException;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How the unit of work turns PostgreSQL's failures into retries or a clean "try again later". */
@QuarkusTest
class UnitOfWorkFailureTest {

    private static final String SERIALIZATION_FAILURE =
            "DO $$ BEGIN RAISE EXCEPTION 'simulated conflict' USING ERRCODE = 'serialization_failure'; END $$";

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    BookingRepository bookings;
    @Inject
    ShowRepository shows;
    @Inject
    EntityManager entityManager;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    TestDatabase database;

    @Test
    void aSerializationFailureRunsTheWholeUnitAgain() {
        AtomicInteger attempts = new AtomicInteger();

        String result = unitOfWork.inTransaction(() -> {
            if (attempts.incrementAndGet() == 1) {
                entityManager.createNativeQuery(SERIALIZATION_FAILURE).executeUpdate();
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void conflictsThatPersistEndInStoreUnavailableAfterBoundedAttempts() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            attempts.incrementAndGet();
            return entityManager.createNativeQuery(SERIALIZATION_FAILURE).executeUpdate();
        })).isInstanceOf(StoreUnavailableException.class)
                .satisfies(e -> assertThat(((StoreUnavailableException) e).retryAfter()).isPositive());

        assertThat(attempts).hasValue(Retries.MAX_ATTEMPTS);
    }

    @Test
    void otherFailuresPassThroughUntouchedAndAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("a rule said no");
        })).isExactlyInstanceOf(IllegalStateException.class).hasMessage("a rule said no");

        assertThat(attempts).hasValue(1);
    }

    @Test
    void waitingTooLongForALockEndsInStoreUnavailable() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Show show = Show.restore(ShowId.random(), new ShowName("Locked"), now.plus(Duration.ofDays(1)), 5);
        Booking booking = Booking.book(BookingId.random(), show.id(), database.customer("locked-" + show.id().toString().substring(0, 8)).id(),
                new UserName("alice"), SeatNumbers.of(1), now);
        unitOfWork.inTransaction(() -> {
            shows.add(show);
            return null;
        });
        bookings.addAllocatingSeats(booking, Show.MAX_SEATS, now);

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM bookings WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, booking.id().value());
                lock.executeQuery().close();
            }
            long start = System.nanoTime();

            assertThatThrownBy(() -> unitOfWork.inTransaction(() -> bookings.findByIdForUpdate(booking.id())))
                    .isInstanceOf(StoreUnavailableException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("gave up after lock_timeout").isLessThan(Duration.ofSeconds(5));
            other.rollback();
        }
    }
}
