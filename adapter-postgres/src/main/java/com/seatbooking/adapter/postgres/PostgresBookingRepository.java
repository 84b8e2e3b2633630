package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.seat.SeatNumbers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PostgresBookingRepository implements BookingRepository, PanacheRepositoryBase<BookingEntity, UUID> {

    // NO KEY UPDATE: strong enough to serialize confirm, cancel and expiry of one booking, without
    // blocking the key-share locks that foreign-key checks take.
    private static final String EXPIRED_HOLDS = """
            SELECT * FROM bookings
            WHERE status = 'PENDING' AND expires_at <= ?1
            ORDER BY expires_at
            LIMIT ?2
            FOR NO KEY UPDATE SKIP LOCKED""";

    private final AgroalDataSource dataSource;
    private final SeatMapCache seatMaps;

    PostgresBookingRepository(AgroalDataSource dataSource, SeatMapCache seatMaps) {
        this.dataSource = dataSource;
        this.seatMaps = seatMaps;
    }

    /**
     * The hot path, in one statement ({@link BookingSql#ADD_ALLOCATING_SEATS}). Outside a unit of
     * work it is a transaction of its own, run again after a lost race; inside one it joins it.
     */
    @Override
    public Booking addAllocatingSeats(Booking candidate, Instant now) {
        int[] conflicts = QuarkusTransaction.isActive()
                ? claimAndStore(candidate, now)
                : Retries.run(() -> claimAndStore(candidate, now));
        if (conflicts.length == 0) {
            seatMaps.changed(candidate.showId());
            return candidate;
        }
        return Booking.rejected(candidate.id(), candidate.showId(), candidate.userName(), candidate.seats(), SeatNumbers.of(conflicts), now);
    }

    private int[] claimAndStore(Booking candidate, Instant now) {
        // How the domain records a rejection of this candidate; the statement fills in the taken seats.
        Booking rejection = Booking.rejected(candidate.id(), candidate.showId(), candidate.userName(), candidate.seats(),
                candidate.seats(), now);
        return Jdbc.run(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BookingSql.ADD_ALLOCATING_SEATS)) {
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
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return Jdbc.readIntArray(rows, 1);
                }
            }
        });
    }

    @Override
    public void update(Booking booking) {
        BookingEntity entity = findById(booking.id().value());
        if (entity == null) {
            throw new IllegalStateException("booking " + booking.id() + " does not exist");
        }
        BookingMapper.apply(booking, entity);
    }

    @Override
    public Optional<Booking> findById(BookingId id) {
        return findByIdOptional(id.value()).map(BookingMapper::toDomain);
    }

    @Override
    public Optional<Booking> findByIdForUpdate(BookingId id) {
        return findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(BookingMapper::toDomain);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Booking> lockExpiredHolds(Instant now, int limit) {
        List<BookingEntity> due = getEntityManager().createNativeQuery(EXPIRED_HOLDS, BookingEntity.class)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        return due.stream().map(BookingMapper::toDomain).toList();
    }
}
