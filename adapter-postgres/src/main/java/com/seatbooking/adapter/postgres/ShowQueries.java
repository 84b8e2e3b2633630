package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.in.Cancellation;
import com.seatbooking.application.port.in.ListShowsQuery;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import com.seatbooking.domain.show.ShowStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL of shows: one statement each, straight into the domain, no entity in between. */
@ApplicationScoped
class ShowQueries {

    private static final String COLUMNS = "id, name, start_time, total_seats, max_seats_per_customer, status, cancelled_at, version";
    private static final String FIND = "SELECT " + COLUMNS + " FROM shows WHERE id = ?";
    // FOR UPDATE, not the NO KEY UPDATE a plain UPDATE takes: it conflicts with the key-share lock
    // that the booking statement takes on the show, so bookings and this take turns
    private static final String FIND_FOR_UPDATE = FIND + " FOR UPDATE";
    // what a plain UPDATE takes: edits and cancellations of one show take turns, bookings go on
    private static final String FIND_FOR_CHANGE = FIND + " FOR NO KEY UPDATE";
    private static final String ALL = "SELECT " + COLUMNS + " FROM shows ORDER BY start_time, name";
    private static final String UPDATE = """
            UPDATE shows SET name = ?, search_name = ?, start_time = ?, total_seats = ?, status = ?, cancelled_at = ?,
                             version = version + 1
            WHERE id = ? AND version = ?""";
    private static final String START_CANCELLATION = """
            UPDATE shows SET cancellation_bookings = cancellation_cancelled + ? WHERE id = ? AND status = 'CANCELLED'""";
    private static final String COUNT_CANCELLED = """
            UPDATE shows SET cancellation_cancelled = cancellation_cancelled + c.count,
                             cancellation_bookings = greatest(cancellation_bookings, cancellation_cancelled + c.count)
            FROM (SELECT ?::bigint AS count) c
            WHERE id = ?""";
    private static final String COMPLETE_CANCELLATION = """
            UPDATE shows SET cancellation_completed_at = ?
            WHERE id = ? AND status = 'CANCELLED' AND cancellation_completed_at IS NULL""";
    private static final String CANCELLATION = """
            SELECT cancelled_at, cancellation_bookings, cancellation_cancelled, cancellation_completed_at
            FROM shows WHERE id = ? AND status = 'CANCELLED'""";
    private static final String UNFINISHED = """
            SELECT id FROM shows WHERE status = 'CANCELLED' AND cancellation_completed_at IS NULL ORDER BY cancelled_at LIMIT ?""";

    private final AgroalDataSource dataSource;

    ShowQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Show> find(ShowId id) {
        return findOne(FIND, id);
    }

    Optional<Show> findForUpdate(ShowId id) {
        return findOne(FIND_FOR_UPDATE, id);
    }

    Optional<Show> findForChange(ShowId id) {
        return findOne(FIND_FOR_CHANGE, id);
    }

    private Optional<Show> findOne(String sql, ShowId id) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, id.value());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(show(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Every show, by start time, then name. */
    List<Show> all() {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ALL); ResultSet rows = statement.executeQuery()) {
                return shows(rows);
            }
        });
    }

    /** Whether the show was stored at its version (and now is at the next one). */
    boolean update(Show show) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                statement.setString(1, show.name().value());
                statement.setString(2, show.name().searchKey());
                Jdbc.setInstant(statement, 3, show.startTime());
                statement.setInt(4, show.totalSeats());
                statement.setString(5, show.status().name());
                Jdbc.setInstant(statement, 6, show.cancelledAt().orElse(null));
                statement.setObject(7, show.id().value());
                statement.setLong(8, show.version());
                return statement.executeUpdate() == 1;
            }
        });
    }

    /**
     * A page of the show list. The query is put together from the filters given, each a plain range
     * or pattern condition, so the planner can use the start-time index (and the trigram index of
     * search names) for it; the keyset condition is a row comparison, which the index serves.
     */
    List<Show> page(ListShowsQuery query, Instant now, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM shows WHERE true");
        List<Object> parameters = new ArrayList<>();
        switch (query.when()) {
            case UPCOMING -> {
                sql.append(" AND start_time > ?");
                parameters.add(now);
            }
            case PAST -> {
                sql.append(" AND start_time <= ?");
                parameters.add(now);
            }
            case ALL -> {
            }
        }
        if (query.from() != null) {
            sql.append(" AND start_time >= ?");
            parameters.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" AND start_time < ?");
            parameters.add(query.to());
        }
        if (query.searchKey() != null) {
            sql.append(" AND search_name LIKE ? ESCAPE '\\'");
            parameters.add("%" + likeEscaped(query.searchKey()) + "%");
        }
        boolean newestFirst = query.newestFirst();
        if (query.after() != null) {
            sql.append(newestFirst ? " AND (start_time, id) < (?, ?)" : " AND (start_time, id) > (?, ?)");
            parameters.add(query.after().startTime());
            parameters.add(query.after().id().value());
        }
        sql.append(newestFirst ? " ORDER BY start_time DESC, id DESC" : " ORDER BY start_time, id").append(" LIMIT ?");
        parameters.add(limit);
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    if (value instanceof Instant instant) {
                        Jdbc.setInstant(statement, i + 1, instant);
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return shows(rows);
                }
            }
        });
    }

    /** {@code text} matched literally by LIKE: its wildcards and the escape character escaped. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    void startCancellation(ShowId id, long bookings) {
        execute(START_CANCELLATION, bookings, id.value());
    }

    void countCancelled(ShowId id, int count) {
        execute(COUNT_CANCELLED, count, id.value());
    }

    void completeCancellation(ShowId id, Instant now) {
        execute(COMPLETE_CANCELLATION, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC), id.value());
    }

    private void execute(String sql, Object first, Object second) {
        Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, first);
                statement.setObject(2, second);
                return statement.executeUpdate();
            }
        });
    }

    Optional<Cancellation> cancellation(ShowId id) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CANCELLATION)) {
                statement.setObject(1, id.value());
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    OffsetDateTime completed = rows.getObject(4, OffsetDateTime.class);
                    return Optional.of(new Cancellation(id, rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getLong(2),
                            rows.getLong(3), completed == null ? null : completed.toInstant()));
                }
            }
        });
    }

    List<ShowId> unfinishedCancellations(int limit) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UNFINISHED)) {
                statement.setInt(1, limit);
                List<ShowId> ids = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(new ShowId(rows.getObject(1, UUID.class)));
                    }
                }
                return ids;
            }
        });
    }

    private static List<Show> shows(ResultSet rows) throws SQLException {
        List<Show> shows = new ArrayList<>();
        while (rows.next()) {
            shows.add(show(rows));
        }
        return shows;
    }

    private static Show show(ResultSet row) throws SQLException {
        OffsetDateTime cancelledAt = row.getObject(7, OffsetDateTime.class);
        return Show.restore(new ShowId(row.getObject(1, UUID.class)), new ShowName(row.getString(2)),
                row.getObject(3, OffsetDateTime.class).toInstant(), row.getInt(4), row.getObject(5, Integer.class),
                ShowStatus.valueOf(row.getString(6)), cancelledAt == null ? null : cancelledAt.toInstant(), row.getLong(8));
    }
}
