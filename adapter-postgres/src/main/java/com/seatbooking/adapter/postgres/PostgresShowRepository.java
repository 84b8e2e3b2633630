package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows: stored through Hibernate ORM with Panache ({@link ShowEntityRepository}), read in plain SQL
 * ({@link ShowQueries}). Shows never change once created, so a show read once is kept: every
 * booking needs its show, and from the second booking on that costs no database round trip. Any
 * instance may cache: there is nothing to invalidate. Unknown ids are not cached (the show may be
 * created a moment later).
 */
@ApplicationScoped
class PostgresShowRepository implements ShowRepository {

    /** Past this many shows the cache starts over, which keeps it bounded. */
    static final int CACHE_LIMIT = 10_000;

    private final ShowEntityRepository entities;
    private final ShowQueries queries;
    private final Map<ShowId, Show> cache = new ConcurrentHashMap<>();

    PostgresShowRepository(ShowEntityRepository entities, ShowQueries queries) {
        this.entities = entities;
        this.queries = queries;
    }

    @Override
    public void add(Show show) {
        entities.persist(ShowMapper.toEntity(show));
    }

    @Override
    public Optional<Show> findById(ShowId id) {
        Show cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Show> found = queries.find(id);
        found.ifPresent(show -> {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(id, show);
        });
        return found;
    }

    @Override
    public List<Show> findAllByStartTime() {
        return queries.all();
    }
}
