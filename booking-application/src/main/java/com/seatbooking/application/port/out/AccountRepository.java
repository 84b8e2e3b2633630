package com.seatbooking.application.port.out;

import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.Username;
import java.util.Optional;

/**
 * Accounts. Usernames are unique ignoring case, guarded by the store itself: of concurrent
 * {@link #add}s of one username (in any case) at most one succeeds.
 */
public interface AccountRepository {

    /** Stores a new account; fails if its username (in any case) or id is taken. */
    void add(Account account);

    /** Stores a changed account read in the same unit of work. */
    void update(Account account);

    Optional<Account> findById(AccountId id);

    /** The account with this username, in whatever case it was typed. */
    Optional<Account> findByUsername(Username username);

    /** Whether any account has the admin role. */
    boolean anyAdmin();
}
