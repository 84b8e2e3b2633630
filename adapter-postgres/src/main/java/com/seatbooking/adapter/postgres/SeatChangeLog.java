package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatNumbers;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over the live seat map's change log ({@link SeatChangeSql}); each call is one statement. */
@ApplicationScoped
class SeatChangeLog {

    /** What one poll found: the changes, per show, below the new watermark. */
    record Batch(long watermark, long prunedThrough, List<SeatMapChange> changes, List<Double> lagSeconds) {
    }

    /** Looked up when first used: the poller's start must not need a datasource that is switched off. */
    private final Instance<AgroalDataSource> dataSources;

    SeatChangeLog(Instance<AgroalDataSource> dataSources) {
        this.dataSources = dataSources;
    }

    long watermark() {
        return Jdbc.statement(dataSources.get(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SeatChangeSql.WATERMARK);
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Long.parseLong(rows.getString(1));
            }
        });
    }

    Batch poll(long watermark) {
        return Jdbc.statement(dataSources.get(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SeatChangeSql.POLL)) {
                statement.setString(1, Long.toString(watermark));
                try (ResultSet rows = statement.executeQuery()) {
                    long next = watermark;
                    long prunedThrough = 0;
                    List<SeatMapChange> changes = new ArrayList<>();
                    List<Double> lags = new ArrayList<>();
                    while (rows.next()) {
                        next = Long.parseLong(rows.getString(1));
                        prunedThrough = Long.parseLong(rows.getString(2));
                        UUID show = rows.getObject(3, UUID.class);
                        if (show != null) {
                            changes.add(new SeatMapChange(new ShowId(show), rows.getLong(4),
                                    SeatNumbers.of(Jdbc.readIntArray(rows, 5)), SeatNumbers.of(Jdbc.readIntArray(rows, 6))));
                            lags.add(rows.getDouble(7));
                        }
                    }
                    return new Batch(next, prunedThrough, changes, lags);
                }
            }
        });
    }

    /** See {@link com.seatbooking.application.port.out.SeatMapFeed#changesSince}. */
    Optional<List<SeatMapChange>> since(ShowId show, long version) {
        return Jdbc.statement(dataSources.get(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SeatChangeSql.SINCE)) {
                String seen = Long.toString(version);
                statement.setObject(1, show.value());
                statement.setString(2, seen);
                statement.setString(3, seen);
                statement.setString(4, seen);
                statement.setObject(5, show.value());
                statement.setObject(6, show.value());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        return Optional.empty();
                    }
                    long newest = rows.getLong(2);
                    if (rows.wasNull()) {
                        return Optional.of(List.of());
                    }
                    return Optional.of(List.of(new SeatMapChange(show, newest,
                            SeatNumbers.of(Jdbc.readIntArray(rows, 3)), SeatNumbers.of(Jdbc.readIntArray(rows, 4)))));
                }
            }
        });
    }

    /** Deletes rows older than {@code retention}, a batch at a time; returns how many. */
    long prune(Duration retention, int batchSize) {
        long total = 0;
        long deleted;
        do {
            deleted = Jdbc.statement(dataSources.get(), connection -> {
                try (PreparedStatement statement = connection.prepareStatement(SeatChangeSql.PRUNE)) {
                    statement.setInt(1, batchSize);
                    statement.setString(2, retention.toMillis() + " milliseconds");
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? rows.getLong(1) : 0L;
                    }
                }
            });
            total += deleted;
        } while (deleted >= batchSize);
        return total;
    }
}
