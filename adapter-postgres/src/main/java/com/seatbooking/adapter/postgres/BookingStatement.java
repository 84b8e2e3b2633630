package com.seatbooking.adapter.postgres;

import com.seatbooking.domain.booking.Booking;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Plain JDBC for the hot path, where one statement must do the work ({@link BookingSql#ADD_ALLOCATING_SEATS}). */
@ApplicationScoped
class BookingStatement {

    private final AgroalDataSource dataSource;
    /** With or without the live seat map's change log ({@code feed.enabled}). */
    private final String sql;

    BookingStatement(AgroalDataSource dataSource, @ConfigProperty(name = "feed.enabled", defaultValue = "true") boolean logChanges) {
        this.dataSource = dataSource;
        this.sql = logChanges ? BookingSql.ADD_ALLOCATING_SEATS : BookingSql.ADD_ALLOCATING_SEATS_UNLOGGED;
    }

    /** What the statement did: the seats that were taken (none: allocated), or nothing at all because the owner is over the limit. */
    record Outcome(int[] conflicts, boolean overLimit) {
    }

    /**
     * Stores {@code candidate} with its seats allocated, or {@code rejection} (its FAILED twin) with
     * the seats that were taken; or nothing, when the owner would pass {@code seatLimit}.
     */
    Outcome addAllocatingSeats(Booking candidate, Booking rejection, int seatLimit, Instant now) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, candidate.showId().value());
                statement.setObject(2, candidate.id().value());
                statement.setArray(3, Jdbc.intArray(connection, candidate.seats().toArray()));
                Jdbc.setInstant(statement, 4, now);
                Jdbc.setInstant(statement, 5, candidate.expiresAt());
                statement.setString(6, candidate.userName().value());
                statement.setString(7, candidate.status().name());
                statement.setString(8, candidate.lastChange().reason().name());
                statement.setString(9, rejection.status().name());
                statement.setString(10, rejection.lastChange().reason().name());
                statement.setString(11, rejection.failureReason().name());
                statement.setObject(12, candidate.owner().value());
                statement.setInt(13, seatLimit);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Outcome(Jdbc.readIntArray(rows, 1), rows.getBoolean(2));
                }
            }
        });
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
