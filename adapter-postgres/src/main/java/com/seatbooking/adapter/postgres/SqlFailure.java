package com.seatbooking.adapter.postgres;

import java.sql.SQLException;

/** A failed hand-written statement; {@link SqlFailures} reads its SQLSTATE through the cause. */
final class SqlFailure extends RuntimeException {

    SqlFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
