package com.seatbooking.application.port.in;

import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.Booking;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who asks: the signed-in account as the driving adapter established it (from a verified token),
 * or nobody. Every use case that needs to know gets it in its command and decides for itself what
 * this actor may do.
 *
 * @param id          null for the anonymous actor
 * @param username    null for the anonymous actor
 * @param displayName null for the anonymous actor
 * @param roles       empty for the anonymous actor
 */
public record Actor(AccountId id, Username username, DisplayName displayName, Set<Role> roles) {

    private static final Actor ANONYMOUS = new Actor(null, null, null, Set.of());

    public Actor {
        Objects.requireNonNull(roles, "roles");
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        boolean signedIn = id != null;
        if (signedIn != (username != null) || signedIn != (displayName != null) || signedIn == roles.isEmpty()) {
            throw new IllegalArgumentException("an actor is either anonymous or a signed-in account with roles");
        }
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public static Actor signedIn(AccountId id, Username username, DisplayName displayName, Set<Role> roles) {
        return new Actor(Objects.requireNonNull(id, "id"), username, displayName, roles);
    }

    public static Actor of(Account account) {
        return signedIn(account.id(), account.username(), account.displayName(), account.roles());
    }

    public boolean isSignedIn() {
        return id != null;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Throws {@link NotSignedInException} for the anonymous actor. */
    public Actor requireSignedIn() {
        if (!isSignedIn()) {
            throw new NotSignedInException();
        }
        return this;
    }

    /** Throws {@link NotSignedInException} for the anonymous actor, {@link AccessDeniedException} for anyone but an admin. */
    public Actor requireAdmin(String action) {
        requireSignedIn();
        if (!isAdmin()) {
            throw new AccessDeniedException("Only admins may " + action);
        }
        return this;
    }

    /** A booking is its owner's, and every admin's; bookings from before accounts existed are admins' only. */
    public boolean mayAccess(Booking booking) {
        return isAdmin() || (isSignedIn() && booking.isOwnedBy(id));
    }

    @Override
    public String toString() {
        return isSignedIn() ? "Actor[" + username + ", " + roles + "]" : "Actor[anonymous]";
    }
}
