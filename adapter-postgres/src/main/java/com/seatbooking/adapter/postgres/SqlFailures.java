package com.seatbooking.adapter.postgres;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads PostgreSQL error codes (SQLSTATE) out of whatever wraps them, so they are mapped rather than
 * leaked.
 */
final class SqlFailures {

    /**
     * Worth running the whole unit of work again: serialization failure, deadlock, and a unique
     * violation (a concurrent insert of the same key; the next attempt sees it committed).
     */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "23505");

    /**
     * The database cannot serve now but may soon: lock or statement timeout, too many connections,
     * shutting down, cannot connect.
     */
    private static final Set<String> UNAVAILABLE = Set.of("55P03", "57014", "53300", "57P01", "57P02", "57P03", "25P03");

    private SqlFailures() {
    }

    static Optional<String> sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null) {
                        return Optional.of(next.getSQLState());
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** A foreign key pointed at a row that is not there (SQLSTATE 23503). */
    static boolean isForeignKeyViolation(Throwable failure) {
        return sqlState(failure).map("23503"::equals).orElse(false);
    }

    static boolean isRetryable(Throwable failure) {
        return sqlState(failure).map(RETRYABLE::contains).orElse(false);
    }

    static boolean isUnavailable(Throwable failure) {
        Optional<String> state = sqlState(failure);
        if (state.isPresent()) {
            return UNAVAILABLE.contains(state.get()) || state.get().startsWith("08");
        }
        // no SQLSTATE: the pool could not hand out a connection in time
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && String.valueOf(cause.getMessage()).toLowerCase().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
