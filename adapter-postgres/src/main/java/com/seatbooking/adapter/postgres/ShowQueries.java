package com.seatbooking.adapter.postgres;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL reads of shows: one statement each, straight into the domain, no entity in between. */
@ApplicationScoped
class ShowQueries {

    private static final String FIND = "SELECT id, name, start_time, total_seats, max_seats_per_customer, layout::text FROM shows WHERE id = ?";
    private static final String ALL = "SELECT id, name, start_time, total_seats, max_seats_per_customer, layout::text FROM shows ORDER BY start_time, name";

    private final AgroalDataSource dataSource;

    ShowQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Show> find(ShowId id) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND)) {
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
                List<Show> all = new ArrayList<>();
                while (rows.next()) {
                    all.add(show(rows));
                }
                return all;
            }
        });
    }

    private static Show show(ResultSet row) throws SQLException {
        return Show.restore(new ShowId(row.getObject(1, UUID.class)), new ShowName(row.getString(2)),
                row.getObject(3, OffsetDateTime.class).toInstant(), row.getInt(4), row.getObject(5, Integer.class),
                LayoutJson.read(row.getString(6)));
    }
}
