package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Accounts: stored through Hibernate ORM with Panache ({@link AccountEntityRepository}), read in plain
 * SQL ({@link AccountQueries}). A new account is flushed at once, so a username taken in the meantime
 * fails inside the unit of work (SQLSTATE 23505), which then runs again and sees it taken.
 */
@ApplicationScoped
class PostgresAccountRepository implements AccountRepository {

    private final AccountEntityRepository entities;
    private final AccountQueries queries;

    PostgresAccountRepository(AccountEntityRepository entities, AccountQueries queries) {
        this.entities = entities;
        this.queries = queries;
    }

    @Override
    public void add(Account account) {
        Transactions.joinOrBegin(() -> {
            AccountEntity entity = new AccountEntity();
            entity.id = account.id().value();
            entity.username = account.username().value();
            entity.createdAt = account.createdAt();
            apply(account, entity, account.createdAt());
            entities.persistAndFlush(entity);
            return null;
        });
    }

    @Override
    public void update(Account account) {
        Transactions.joinOrBegin(() -> {
            AccountEntity entity = entities.findById(account.id().value());
            if (entity == null) {
                throw new IllegalStateException("account " + account.id() + " does not exist");
            }
            apply(account, entity, Instant.now());
            return null;
        });
    }

    private static void apply(Account account, AccountEntity entity, Instant updatedAt) {
        entity.displayName = account.displayName().value();
        entity.passwordHash = account.passwordHash().value();
        entity.roles = account.roles().stream().map(Role::name).toArray(String[]::new);
        entity.updatedAt = updatedAt;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return queries.byId(id);
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return queries.byUsername(username);
    }

    @Override
    public boolean anyAdmin() {
        return queries.anyAdmin();
    }
}
