package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.in.IdempotentCommand;
import com.seatbooking.application.port.in.RecordedResponse;
import com.seatbooking.application.port.out.BookingRepository.KeyToKeep;
import com.seatbooking.application.port.out.IdempotencyKeyRepository.KeptAnswer;
import com.seatbooking.application.port.out.IdempotencyKeyRepository.KeptBooking;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Plain JDBC for the hot path, where one call must do the work ({@link BookingSql#BOOK_SEATS}). */
@ApplicationScoped
class BookingStatement {

    private final AgroalDataSource dataSource;
    /** With or without the live seat map's change log ({@code feed.enabled}). */
    private final boolean logChanges;

    BookingStatement(AgroalDataSource dataSource, @ConfigProperty(name = "feed.enabled", defaultValue = "true") boolean logChanges) {
        this.dataSource = dataSource;
        this.logChanges = logChanges;
    }

    /**
     * What the statement did: the seats that were taken (none: allocated), or nothing at all because
     * the owner is over the limit, or because the show refused the request ({@link #REFUSED}).
     */
    record Outcome(int[] conflicts, boolean overLimit) {

        /** The show does not take this request as it is stored now (cancelled, started, or without these seats): nothing was written. */
        static final Outcome REFUSED = new Outcome(null, false);

        boolean refused() {
            return conflicts == null;
        }
    }

    /**
     * Stores {@code candidate} with its seats allocated, or {@code rejection} (its FAILED twin) with
     * the seats that were taken (null: nothing); or nothing, when the owner would pass {@code seatLimit}.
     */
    Outcome addAllocatingSeats(Booking candidate, Booking rejection, int seatLimit, Instant now) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BookingSql.BOOK_SEATS)) {
                for (int parameter = 1; parameter <= 5; parameter++) {
                    statement.setNull(parameter, Types.VARCHAR);
                }
                statement.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
                bindBooking(statement, 6, connection, candidate, rejection, seatLimit, now);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getArray(1) == null ? Outcome.REFUSED : new Outcome(Jdbc.readIntArray(rows, 1), rows.getBoolean(2));
                }
            }
        });
    }

    /**
     * What the keyed statement did: {@code outcome} when it stored the booking and its key (or the
     * owner is over the limit, then nothing is stored); else nothing was written, because the key is
     * taken right now ({@code locked} false) or {@code kept} has its answer.
     */
    record KeyedOutcome(Outcome outcome, boolean locked, KeptAnswer kept) {
    }

    /**
     * {@link #addAllocatingSeats} and the idempotency key, in the same one call.
     * An expired answer kept for the key is deleted, and the statement runs again: a key may be used anew
     * once its answer has expired.
     */
    KeyedOutcome addAllocatingSeatsKeyed(Booking candidate, Booking rejection, int seatLimit, Instant now, KeyToKeep key) {
        KeyedOutcome outcome = runKeyed(candidate, rejection, seatLimit, now, key);
        if (outcome == null) {
            IdempotentCommand command = key.command();
            Jdbc.statement(dataSource, connection -> {
                try (PreparedStatement statement = connection.prepareStatement(IdempotencyKeySql.DELETE_ONE_EXPIRED)) {
                    statement.setString(1, command.scope());
                    statement.setString(2, command.key());
                    Jdbc.setInstant(statement, 3, now);
                    return statement.executeUpdate();
                }
            });
            outcome = runKeyed(candidate, rejection, seatLimit, now, key);
            if (outcome == null) {
                throw new IllegalStateException("the expired answer kept for an idempotency key could not be replaced");
            }
        }
        return outcome;
    }

    /** One run of the keyed statement; null when the answer kept for the key has expired (nothing was written). */
    private KeyedOutcome runKeyed(Booking candidate, Booking rejection, int seatLimit, Instant now, KeyToKeep key) {
        IdempotentCommand command = key.command();
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BookingSql.BOOK_SEATS)) {
                statement.setString(1, command.scope());
                statement.setString(2, command.key());
                statement.setString(3, command.method());
                statement.setString(4, command.path());
                statement.setString(5, command.fingerprint());
                Jdbc.setInstant(statement, 6, key.expiresAt());
                bindBooking(statement, 6, connection, candidate, rejection, seatLimit, now);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    boolean locked = rows.getBoolean(3);
                    if (rows.getString(4) != null) {
                        return rows.getBoolean(13) ? new KeyedOutcome(null, locked, readKept(rows)) : null;
                    }
                    if (rows.getArray(1) == null) {
                        // the key is taken (not locked), or the show refused the request
                        return new KeyedOutcome(locked ? Outcome.REFUSED : null, locked, null);
                    }
                    return new KeyedOutcome(new Outcome(Jdbc.readIntArray(rows, 1), rows.getBoolean(2)), locked, null);
                }
            }
        });
    }

    private static KeptAnswer readKept(ResultSet rows) throws SQLException {
        Object bookingId = rows.getObject(11);
        if (bookingId != null) {
            OffsetDateTime firstDeadline = rows.getObject(12, OffsetDateTime.class);
            return new KeptAnswer(rows.getString(4), rows.getString(5), rows.getString(6), null,
                    new KeptBooking(new BookingId((UUID) bookingId), rows.getInt(7), firstDeadline == null ? null : firstDeadline.toInstant()));
        }
        return new KeptAnswer(rows.getString(4), rows.getString(5), rows.getString(6),
                new RecordedResponse(rows.getInt(7), rows.getString(8), rows.getBytes(9), rows.getString(10)));
    }

    private void bindBooking(PreparedStatement statement, int offset, Connection connection, Booking candidate, Booking rejection,
            int seatLimit, Instant now) throws SQLException {
        statement.setObject(offset + 1, candidate.showId().value());
        statement.setObject(offset + 2, candidate.id().value());
        statement.setArray(offset + 3, Jdbc.intArray(connection, candidate.seats().toArray()));
        Jdbc.setInstant(statement, offset + 4, now);
        Jdbc.setInstant(statement, offset + 5, candidate.expiresAt());
        statement.setString(offset + 6, candidate.userName().value());
        statement.setString(offset + 7, candidate.status().name());
        statement.setString(offset + 8, candidate.lastChange().reason().name());
        // no rejection: one is not stored (best available tries other seats instead)
        statement.setString(offset + 9, rejection == null ? null : rejection.status().name());
        statement.setString(offset + 10, rejection == null ? null : rejection.lastChange().reason().name());
        statement.setString(offset + 11, rejection == null ? null : rejection.failureReason().name());
        statement.setObject(offset + 12, candidate.owner().value());
        statement.setInt(offset + 13, seatLimit);
        statement.setBoolean(offset + 14, logChanges);
    }

    /** How many seats of the show the owner has now (0 when none). */
    int seatUsage(Booking candidate) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BookingSql.SEAT_USAGE)) {
                statement.setObject(1, candidate.showId().value());
                statement.setObject(2, candidate.owner().value());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 0;
                }
            }
        });
    }
}
