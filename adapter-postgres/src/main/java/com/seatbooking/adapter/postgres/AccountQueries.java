package com.seatbooking.adapter.postgres;

import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.PasswordHash;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Plain SQL reads of accounts: one statement each (signing in is one indexed lookup), straight into the domain. */
@ApplicationScoped
class AccountQueries {

    private static final String COLUMNS = "SELECT id, username, display_name, password_hash, roles, created_at FROM accounts ";
    // lower(username) is what the unique index holds, so this is an index lookup
    private static final String BY_USERNAME = COLUMNS + "WHERE lower(username) = lower(?)";
    private static final String BY_ID = COLUMNS + "WHERE id = ?";
    private static final String ANY_ADMIN = "SELECT EXISTS (SELECT 1 FROM accounts WHERE 'ADMIN' = ANY (roles))";

    private final AgroalDataSource dataSource;

    AccountQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Account> byUsername(Username username) {
        return one(BY_USERNAME, username.value());
    }

    Optional<Account> byId(AccountId id) {
        return one(BY_ID, id.value());
    }

    boolean anyAdmin() {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ANY_ADMIN); ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        });
    }

    private Optional<Account> one(String sql, Object key) {
        return Jdbc.statement(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(account(rows)) : Optional.empty();
                }
            }
        });
    }

    private static Account account(ResultSet row) throws SQLException {
        return Account.restore(new AccountId(row.getObject(1, UUID.class)), new Username(row.getString(2)),
                new DisplayName(row.getString(3)), new PasswordHash(row.getString(4)), roles(row.getArray(5)),
                row.getObject(6, OffsetDateTime.class).toInstant());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        try {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Object role : (Object[]) array.getArray()) {
                roles.add(Role.valueOf((String) role));
            }
            return roles;
        } finally {
            array.free();
        }
    }
}
