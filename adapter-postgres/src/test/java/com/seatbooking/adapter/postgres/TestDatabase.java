package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Direct SQL on the test database, outside the adapters: to empty it, and to check it afterwards. */
@ApplicationScoped
class TestDatabase {

    private final AgroalDataSource dataSource;

    TestDatabase(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void empty() {
        execute("TRUNCATE seat_allocations, booking_status_changes, bookings, customer_seat_usage, show_booking_counters, "
                + "idempotency_keys, rate_limit_buckets, shows, accounts, seat_changes");
    }

    /** A customer account, written straight into the table (with a hash no password matches), as an actor. */
    Actor customer(String username) {
        AccountId id = AccountId.random();
        execute(("INSERT INTO accounts (id, username, display_name, password_hash, roles, created_at, updated_at) "
                + "VALUES ('%s', '%s', 'Customer %s', 'not-a-hash', '{CUSTOMER}', now(), now())").formatted(id, username, username));
        return Actor.signedIn(id, new Username(username), new DisplayName("Customer " + username), Set.of(Role.CUSTOMER));
    }

    void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    List<String> strings(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
