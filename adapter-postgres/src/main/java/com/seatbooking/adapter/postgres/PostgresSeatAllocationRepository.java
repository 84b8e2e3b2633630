package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.ReservedSeats;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The seat allocations, in plain SQL: each operation is one statement, so one round trip. Inside a
 * unit of work the pool hands out that transaction's connection, so row locks last until it ends.
 * (Seats are allocated together with their booking: {@link PostgresBookingRepository#addAllocatingSeats}.)
 * Seat maps are served from {@link SeatMapCache}, which every change of allocations here invalidates.
 */
@ApplicationScoped
class PostgresSeatAllocationRepository implements SeatAllocationRepository {

    private final AgroalDataSource dataSource;
    private final SeatMapCache seatMaps;
    /** With or without the change log's row ({@code feed.enabled}). */
    private final String release;

    PostgresSeatAllocationRepository(AgroalDataSource dataSource, SeatMapCache seatMaps,
            @ConfigProperty(name = "feed.enabled", defaultValue = "true") boolean logChanges) {
        this.dataSource = dataSource;
        this.seatMaps = seatMaps;
        this.release = logChanges ? SeatAllocationSql.RELEASE_LOGGED : SeatAllocationSql.RELEASE;
    }

    @Override
    public boolean makeFirm(SeatAllocation hold, Instant now) {
        boolean firm = Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SeatAllocationSql.MAKE_FIRM)) {
                statement.setObject(1, hold.showId().value());
                statement.setArray(2, Jdbc.intArray(connection, hold.seats().toArray()));
                statement.setObject(3, hold.bookingId().value());
                Jdbc.setInstant(statement, 4, now);
                return statement.executeUpdate() == hold.seats().size();
            }
        });
        if (firm) {
            seatMaps.changed(hold.showId());
        }
        return firm;
    }

    @Override
    public boolean extend(SeatAllocation hold, Instant deadline, Instant now) {
        boolean extended = Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SeatAllocationSql.EXTEND)) {
                statement.setObject(1, hold.showId().value());
                statement.setArray(2, Jdbc.intArray(connection, hold.seats().toArray()));
                statement.setObject(3, hold.bookingId().value());
                Jdbc.setInstant(statement, 4, now);
                Jdbc.setInstant(statement, 5, deadline);
                return statement.executeUpdate() == hold.seats().size();
            }
        });
        if (extended) {
            // a cached map stays valid only until its earliest hold deadline, which just moved
            seatMaps.changed(hold.showId());
        }
        return extended;
    }

    @Override
    public void release(Collection<SeatAllocation> allocations) {
        if (allocations.isEmpty()) {
            return;
        }
        List<UUID> shows = new ArrayList<>();
        List<UUID> bookings = new ArrayList<>();
        List<Integer> seats = new ArrayList<>();
        for (SeatAllocation allocation : allocations) {
            allocation.seats().stream().forEach(seat -> {
                shows.add(allocation.showId().value());
                bookings.add(allocation.bookingId().value());
                seats.add(seat);
            });
        }
        Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(release)) {
                statement.setArray(1, Jdbc.uuidArray(connection, shows));
                statement.setArray(2, Jdbc.uuidArray(connection, bookings));
                statement.setArray(3, connection.createArrayOf("int4", seats.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
        allocations.stream().map(SeatAllocation::showId).distinct().forEach(seatMaps::changed);
    }

    @Override
    public SeatNumbers reservedSeats(ShowId showId, Instant now) {
        return reservedSeatsWithVersion(showId, now).seats();
    }

    @Override
    public ReservedSeats reservedSeatsWithVersion(ShowId showId, Instant now) {
        return seatMaps.reservedSeats(showId, now, () -> Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SeatAllocationSql.RESERVED_SEATS)) {
                statement.setObject(1, showId.value());
                Jdbc.setInstant(statement, 2, now);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    OffsetDateTime earliest = rows.getObject(2, OffsetDateTime.class);
                    return new SeatMapCache.Reserved(SeatNumbers.of(Jdbc.readIntArray(rows, 1)), earliest == null ? null : earliest.toInstant(),
                            rows.getLong(3));
                }
            }
        }));
    }

    @Override
    public Map<ShowId, Integer> reservedCounts(Collection<ShowId> shows, Instant now) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SeatAllocationSql.RESERVED_COUNTS_OF)) {
                statement.setArray(1, Jdbc.uuidArray(connection, shows.stream().map(ShowId::value).toList()));
                Jdbc.setInstant(statement, 2, now);
                return counts(statement);
            }
        });
    }

    @Override
    public Map<ShowId, Integer> reservedCounts(Instant now) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SeatAllocationSql.RESERVED_COUNTS)) {
                Jdbc.setInstant(statement, 1, now);
                Map<ShowId, Integer> counts = new HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.put(new ShowId(rows.getObject(1, UUID.class)), rows.getInt(2));
                    }
                }
                return counts;
            }
        });
    }

    private static Map<ShowId, Integer> counts(PreparedStatement statement) throws SQLException {
        Map<ShowId, Integer> counts = new HashMap<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(new ShowId(rows.getObject(1, UUID.class)), rows.getInt(2));
            }
        }
        return counts;
    }
}
