package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.Username;
import java.util.Optional;

public final class InMemoryAccountRepository implements AccountRepository {

    private final InMemoryStore store;

    InMemoryAccountRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(Account account) {
        store.locked(() -> {
            // the unique index on lower(username), in PostgreSQL
            if (findByUsername(account.username()).isPresent() || store.accounts.containsKey(account.id())) {
                throw new IllegalStateException("an account " + account.username() + " or " + account.id() + " exists already");
            }
            store.accounts.put(account.id(), account);
            return null;
        });
    }

    @Override
    public void update(Account account) {
        store.locked(() -> {
            Account previous = store.accounts.get(account.id());
            if (previous == null || !previous.username().value().equals(account.username().value())) {
                throw new IllegalStateException("account " + account.id() + " does not exist, or would change its username");
            }
            store.accounts.put(account.id(), account);
            return null;
        });
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return store.locked(() -> Optional.ofNullable(store.accounts.get(id)));
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return store.locked(() -> store.accounts.values().stream().filter(account -> account.username().equals(username)).findFirst());
    }

    @Override
    public boolean anyAdmin() {
        return store.locked(() -> store.accounts.values().stream().anyMatch(Account::isAdmin));
    }
}
