package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.out.UnitOfWork;
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
        try {
            if (store.lock.getHoldCount() > 1) {
                return work.get();
            }
            InMemoryStore before = store.snapshot();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                store.restore(before);
                throw e;
            }
        } finally {
            store.lock.unlock();
        }
    }
}
