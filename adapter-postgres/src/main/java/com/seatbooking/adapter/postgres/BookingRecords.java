package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.in.BookingTotals;
import com.seatbooking.domain.ShowId;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/**
 * Plain SQL over many bookings at once, where one statement does the work: the retention clean-up
 * of failed attempts ({@link BookingSql#DELETE_FAILED}) and a show's totals ({@link BookingSql#TOTALS}).
 */
@ApplicationScoped
class BookingRecords {

    private final AgroalDataSource dataSource;

    BookingRecords(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    int deleteFailedBefore(Instant failedBefore, int limit) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BookingSql.DELETE_FAILED)) {
                Jdbc.setInstant(statement, 1, failedBefore);
                statement.setInt(2, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    BookingTotals totals(ShowId showId) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BookingSql.TOTALS)) {
                statement.setObject(1, showId.value());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    long deletedUnavailable = rows.getLong(6);
                    long deletedExpired = rows.getLong(7);
                    return new BookingTotals(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4) + deletedUnavailable,
                            rows.getLong(5) + deletedExpired, deletedUnavailable + deletedExpired);
                }
            }
        });
    }
}
