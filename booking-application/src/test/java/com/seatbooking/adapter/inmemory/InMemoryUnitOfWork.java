package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.ShowId;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * Units of work run one at a time (serializable by construction), and one that throws leaves the
 * store as it found it.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final InMemoryStore store;

    InMemoryUnitOfWork(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        store.lock.lock();
        Map<ShowId, SortedSet<Integer>> changed = null;
        try {
            if (store.lock.getHoldCount() > 1) {
                return work.get();
            }
            InMemoryStore before = store.snapshot();
            try {
                T result = work.get();
                changed = store.takeTouched();
                return result;
            } catch (RuntimeException | Error e) {
                store.restore(before);
                store.dropTouched();
                throw e;
            }
        } finally {
            store.lock.unlock();
            // like a commit: the seat map's followers hear of it afterwards
            if (changed != null) {
                store.tell(changed);
            }
        }
    }
}
