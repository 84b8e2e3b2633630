package com.seatbooking.domain.account;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who can sign in: a username unique ignoring case, a display name, a password kept only as
 * its hash, and roles (at least one). Immutable: verbs return the changed account.
 */
public final class Account {

    private final AccountId id;
    private final Username username;
    private final DisplayName displayName;
    private final PasswordHash passwordHash;
    private final Set<Role> roles;
    private final Instant createdAt;

    private Account(AccountId id, Username username, DisplayName displayName, PasswordHash passwordHash, Set<Role> roles,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account has at least one role");
        }
        this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** Someone who signed up: a customer. */
    public static Account register(AccountId id, Username username, DisplayName displayName, PasswordHash passwordHash,
            Instant now) {
        return new Account(id, username, displayName, passwordHash, EnumSet.of(Role.CUSTOMER), now);
    }

    /** The administrator an installation starts with. */
    public static Account administrator(AccountId id, Username username, DisplayName displayName, PasswordHash passwordHash,
            Instant now) {
        return new Account(id, username, displayName, passwordHash, EnumSet.of(Role.ADMIN), now);
    }

    /** An account read back from storage; the invariants are checked all the same. */
    public static Account restore(AccountId id, Username username, DisplayName displayName, PasswordHash passwordHash,
            Set<Role> roles, Instant createdAt) {
        return new Account(id, username, displayName, passwordHash, roles, createdAt);
    }

    /** The same account with a new password. */
    public Account changePassword(PasswordHash newHash) {
        return new Account(id, username, displayName, newHash, roles, createdAt);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public AccountId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public DisplayName displayName() {
        return displayName;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    /** Unmodifiable, in the order of {@link Role}. */
    public Set<Role> roles() {
        return roles;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + username + ", " + roles + "]";
    }
}
