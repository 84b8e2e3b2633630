package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryShowRepository implements ShowRepository {

    private final InMemoryStore store;

    InMemoryShowRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(Show show) {
        store.locked(() -> {
            if (store.shows.putIfAbsent(show.id(), show) != null) {
                throw new IllegalStateException("show " + show.id() + " exists already");
            }
            return null;
        });
    }

    @Override
    public Optional<Show> findById(ShowId id) {
        return store.locked(() -> Optional.ofNullable(store.shows.get(id)));
    }

    @Override
    public List<Show> findAllByStartTime() {
        return store.locked(() -> store.shows.values().stream()
                .sorted(Comparator.comparing(Show::startTime).thenComparing(show -> show.name().value()))
                .toList());
    }
}
