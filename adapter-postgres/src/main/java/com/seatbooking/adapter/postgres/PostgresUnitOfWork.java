package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * One unit of work is one database transaction, row locks included. Transient conflicts roll back
 * and run the whole unit again, a bounded number of times; a unit inside another joins it
 * ({@link Transactions#joinOrBegin}).
 */
@ApplicationScoped
class PostgresUnitOfWork implements UnitOfWork {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return Transactions.joinOrBegin(work);
    }
}
