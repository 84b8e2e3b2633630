package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.in.RecordedResponse;
import com.seatbooking.application.port.out.IdempotencyKeyRepository;
import com.seatbooking.domain.BookingId;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The answers kept for idempotency keys, in plain SQL (one statement per operation). Inside a unit
 * of work the statements join its transaction, so the key is kept exactly when the write commits.
 */
@ApplicationScoped
class PostgresIdempotencyKeyRepository implements IdempotencyKeyRepository {

    private final AgroalDataSource dataSource;

    PostgresIdempotencyKeyRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Lookup lockAndFind(String scope, String key, Instant now) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(IdempotencyKeySql.LOCK_AND_FIND)) {
                statement.setString(1, scope);
                statement.setString(2, key);
                statement.setString(3, scope);
                statement.setString(4, key);
                Jdbc.setInstant(statement, 5, now);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (!rows.getBoolean(1)) {
                        return Lookup.inUse();
                    }
                    if (rows.getString(2) == null) {
                        return new Lookup(true, Optional.empty());
                    }
                    Object bookingId = rows.getObject(9);
                    if (bookingId != null) {
                        // kept by the booking statement: the booking it names is the answer
                        java.time.OffsetDateTime firstDeadline = rows.getObject(10, java.time.OffsetDateTime.class);
                        return new Lookup(true, Optional.of(new KeptAnswer(rows.getString(2), rows.getString(3), rows.getString(4), null,
                                new KeptBooking(new BookingId((java.util.UUID) bookingId), rows.getInt(5),
                                        firstDeadline == null ? null : firstDeadline.toInstant()))));
                    }
                    RecordedResponse response = new RecordedResponse(rows.getInt(5), rows.getString(6), rows.getBytes(7), rows.getString(8));
                    return new Lookup(true, Optional.of(new KeptAnswer(rows.getString(2), rows.getString(3), rows.getString(4), response)));
                }
            }
        });
    }

    @Override
    public void add(String scope, String key, KeptAnswer answer, Instant now, Instant expiresAt) {
        int added = Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(IdempotencyKeySql.ADD)) {
                RecordedResponse response = answer.response();
                statement.setString(1, scope);
                statement.setString(2, key);
                statement.setString(3, answer.method());
                statement.setString(4, answer.path());
                statement.setString(5, answer.fingerprint());
                statement.setInt(6, response.status());
                statement.setBytes(7, response.body());
                statement.setString(8, response.contentType());
                statement.setString(9, response.location());
                Jdbc.setInstant(statement, 10, now);
                Jdbc.setInstant(statement, 11, expiresAt);
                return statement.executeUpdate();
            }
        });
        if (added == 0) {
            // The key's first request committed just before this unit of work took the key (see
            // LOCK_AND_FIND): as a duplicate key, so the unit of work is rolled back and run again,
            // and then replays that answer.
            throw new SqlFailure(new SQLException("an answer is kept for this idempotency key already", "23505"));
        }
    }

    @Override
    public int deleteExpired(Instant now, int limit) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(IdempotencyKeySql.DELETE_EXPIRED)) {
                Jdbc.setInstant(statement, 1, now);
                statement.setInt(2, limit);
                return statement.executeUpdate();
            }
        });
    }
}
