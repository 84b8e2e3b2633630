package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.in.BookingTotals;
import com.seatbooking.application.port.in.ListShowBookingsQuery;
import com.seatbooking.application.port.in.ShowBooking;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.UserName;
import com.seatbooking.domain.seat.SeatNumbers;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plain SQL over many bookings at once, where one statement does the work: the retention clean-up
 * of failed attempts ({@link BookingSql#DELETE_FAILED}), a show's totals ({@link BookingSql#TOTALS})
 * and its list of bookings ({@link BookingSql#OF_SHOW_FIRST}: rows for a table, with the owner's username,
 * without loading each booking's history).
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

    long countLiveOfShow(ShowId showId) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BookingSql.COUNT_LIVE_OF_SHOW)) {
                statement.setObject(1, showId.value());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    boolean anyOfShow(ShowId showId) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BookingSql.ANY_OF_SHOW)) {
                statement.setObject(1, showId.value());
                statement.setObject(2, showId.value());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getBoolean(1);
                }
            }
        });
    }

    List<ShowBooking> findOfShow(ListShowBookingsQuery query, int limit) {
        boolean after = query.after() != null;
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(after ? BookingSql.OF_SHOW_AFTER : BookingSql.OF_SHOW_FIRST)) {
                int next = bindFilters(statement, connection, query);
                if (after) {
                    Jdbc.setInstant(statement, next++, query.after().createdAt());
                    statement.setObject(next++, query.after().id().value());
                }
                statement.setInt(next, limit);
                List<ShowBooking> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(showBooking(rows));
                    }
                }
                return found;
            }
        });
    }

    long countOfShow(ListShowBookingsQuery query) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BookingSql.COUNT_OF_SHOW)) {
                bindFilters(statement, connection, query);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** Show, statuses (null: all), owner's username (null: anyone's); returns the next parameter's index. */
    private static int bindFilters(PreparedStatement statement, java.sql.Connection connection, ListShowBookingsQuery query)
            throws SQLException {
        statement.setObject(1, query.showId().value());
        statement.setArray(2, query.statuses().isEmpty() ? null
                : connection.createArrayOf("varchar", query.statuses().stream().map(BookingStatus::name).toArray()));
        statement.setString(3, query.owner() == null ? null : query.owner().value());
        return 4;
    }

    private static ShowBooking showBooking(ResultSet row) throws SQLException {
        String owner = row.getString(3);
        return new ShowBooking(new BookingId(row.getObject(1, UUID.class)), new ShowId(row.getObject(2, UUID.class)),
                owner == null ? null : new Username(owner), new UserName(row.getString(4)), BookingStatus.valueOf(row.getString(5)),
                SeatNumbers.of(Jdbc.readIntArray(row, 6)), row.getObject(7, OffsetDateTime.class).toInstant(),
                row.getObject(8, OffsetDateTime.class).toInstant());
    }
}
