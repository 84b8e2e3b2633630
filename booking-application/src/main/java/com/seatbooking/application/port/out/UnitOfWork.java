package com.seatbooking.application.port.out;

import java.util.function.Supplier;

/**
 * The transaction boundary: one use case, one unit of work, including the seat locks. Everything
 * {@code work} does through the repositories commits together or not at all. Implementations may
 * run {@code work} again after a transient conflict (a serialization failure or deadlock), so it
 * must not have effects outside the repositories.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
