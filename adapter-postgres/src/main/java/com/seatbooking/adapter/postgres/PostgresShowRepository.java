package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows never change once created, so a show read once is kept: every booking needs its show, and
 * from the second booking on that costs no database round trip. Any instance may cache: there is
 * nothing to invalidate. Unknown ids are not cached (the show may be created a moment later).
 */
@ApplicationScoped
class PostgresShowRepository implements ShowRepository, PanacheRepositoryBase<ShowEntity, UUID> {

    /** Past this many shows the cache starts over, which keeps it bounded. */
    static final int CACHE_LIMIT = 10_000;

    private static final String FIND = "SELECT name, start_time, total_seats FROM shows WHERE id = ?";
    private static final String ALL = "SELECT id, name, start_time, total_seats FROM shows ORDER BY start_time, name";

    private final AgroalDataSource dataSource;
    private final Map<ShowId, Show> cache = new ConcurrentHashMap<>();

    PostgresShowRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void add(Show show) {
        persist(ShowMapper.toEntity(show));
    }

    @Override
    public Optional<Show> findById(ShowId id) {
        Show cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Show> found = Retries.run(() -> read(id));
        found.ifPresent(show -> {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(id, show);
        });
        return found;
    }

    private Optional<Show> read(ShowId id) {
        return Jdbc.run(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND)) {
                statement.setObject(1, id.value());
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(Show.restore(id, new ShowName(rows.getString(1)),
                            rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getInt(3)));
                }
            }
        });
    }

    @Override
    public List<Show> findAllByStartTime() {
        return Jdbc.run(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ALL); ResultSet rows = statement.executeQuery()) {
                List<Show> all = new ArrayList<>();
                while (rows.next()) {
                    all.add(Show.restore(new ShowId(rows.getObject(1, UUID.class)), new ShowName(rows.getString(2)),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getInt(4)));
                }
                return all;
            }
        });
    }
}
