package com.seatbooking.adapter.postgres;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.transaction.Status;
import java.util.function.Supplier;

/**
 * The one place that knows whether a transaction is open, and what to do about it. Inside a unit of
 * work everything just runs as part of it: the unit's retry covers the whole. Outside one, work runs
 * as a transaction of its own and is retried as a whole ({@link Retries}). So a retry never repeats a
 * piece of an open transaction.
 */
final class Transactions {

    private Transactions() {
    }

    static boolean open() {
        return QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /** Work that is a transaction by itself, such as one statement in autocommit. */
    static <T> T joinOrRun(Supplier<T> work) {
        return open() ? work.get() : Retries.run(work);
    }

    /** Work of several statements: outside a unit of work it gets a database transaction of its own. */
    static <T> T joinOrBegin(Supplier<T> work) {
        return open() ? work.get() : Retries.run(() -> begin(work));
    }

    /** Application and domain exceptions leave the transaction as they were thrown. */
    private static <T> T begin(Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (QuarkusTransactionException failure) {
            throw failure.getCause() instanceof RuntimeException cause ? cause : failure;
        }
    }
}
