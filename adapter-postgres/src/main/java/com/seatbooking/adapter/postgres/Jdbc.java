package com.seatbooking.adapter.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;

/** How the hand-written statements run, and their parameter binding and result reading. */
final class Jdbc {

    private Jdbc() {
    }

    /** Work with one statement on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /**
     * One hand-written statement. Inside a unit of work the pool hands out that transaction's
     * connection, so row locks last until it ends; outside, the statement is a transaction of its own
     * (autocommit), run again after a transient conflict.
     */
    static <T> T statement(DataSource dataSource, Work<T> work) {
        return Transactions.joinOrRun(() -> onConnection(dataSource, work));
    }

    private static <T> T onConnection(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Array intArray(Connection connection, int[] values) throws SQLException {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return connection.createArrayOf("int4", boxed);
    }

    static Array uuidArray(Connection connection, Collection<UUID> values) throws SQLException {
        return connection.createArrayOf("uuid", values.toArray());
    }

    static int[] readIntArray(ResultSet rows, int column) throws SQLException {
        Array array = rows.getArray(column);
        if (array == null) {
            return new int[0];
        }
        try {
            Integer[] boxed = (Integer[]) array.getArray();
            int[] values = new int[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                values[i] = boxed[i];
            }
            return values;
        } finally {
            array.free();
        }
    }
}
