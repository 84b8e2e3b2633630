package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.out.IdempotencyKeyRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Units of work run one at a time here, so every key is free to take within one. */
public final class InMemoryIdempotencyKeyRepository implements IdempotencyKeyRepository {

    record Entry(KeptAnswer answer, Instant expiresAt) {
    }

    private final InMemoryStore store;

    InMemoryIdempotencyKeyRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Lookup lockAndFind(String scope, String key, Instant now) {
        return store.locked(() -> {
            Entry entry = store.idempotencyKeys.get(id(scope, key));
            return new Lookup(true, Optional.ofNullable(entry).filter(kept -> kept.expiresAt().isAfter(now)).map(Entry::answer));
        });
    }

    @Override
    public void add(String scope, String key, KeptAnswer answer, Instant now, Instant expiresAt) {
        store.locked(() -> {
            Entry earlier = store.idempotencyKeys.get(id(scope, key));
            if (earlier != null && earlier.expiresAt().isAfter(now)) {
                // the primary key, in PostgreSQL
                throw new IllegalStateException("an answer is kept for this key already");
            }
            store.idempotencyKeys.put(id(scope, key), new Entry(answer, expiresAt));
            return null;
        });
    }

    @Override
    public int deleteExpired(Instant now, int limit) {
        return store.locked(() -> {
            List<String> expired = store.idempotencyKeys.entrySet().stream()
                    .filter(entry -> !entry.getValue().expiresAt().isAfter(now))
                    .map(java.util.Map.Entry::getKey)
                    .limit(limit)
                    .toList();
            expired.forEach(store.idempotencyKeys::remove);
            return expired.size();
        });
    }

    private static String id(String scope, String key) {
        return scope + "\n" + key;
    }
}
