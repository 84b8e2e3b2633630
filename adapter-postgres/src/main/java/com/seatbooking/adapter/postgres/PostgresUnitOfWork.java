package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.UnitOfWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * One unit of work is one database transaction, row locks included. Transient conflicts roll back
 * and run the whole unit again, a bounded number of times (see {@link Retries}).
 */
@ApplicationScoped
class PostgresUnitOfWork implements UnitOfWork {

    static final int MAX_ATTEMPTS = Retries.MAX_ATTEMPTS;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (QuarkusTransaction.isActive()) {
            return work.get();
        }
        return Retries.run(() -> unwrapped(() -> QuarkusTransaction.requiringNew().call(work::get)));
    }

    /** Application and domain exceptions leave the unit of work as they were thrown. */
    private static <T> T unwrapped(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (QuarkusTransactionException failure) {
            throw failure.getCause() instanceof RuntimeException cause ? cause : failure;
        }
    }
}
