package com.seatbooking.adapter.security;

import com.seatbooking.application.port.out.PasswordHasher;
import com.seatbooking.domain.account.Password;
import com.seatbooking.domain.account.PasswordHash;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bcrypt from WildFly Elytron (Quarkus's {@link BcryptUtil}): salted, slow on purpose. The cost
 * ({@code auth.bcrypt-cost}, at least 10) makes each hash and each check take tens of
 * milliseconds, which is what makes guessing passwords from a stolen table expensive.
 */
@ApplicationScoped
class BcryptPasswordHasher implements PasswordHasher {

    static final int MIN_COST = 10;

    private final int cost;

    BcryptPasswordHasher(@ConfigProperty(name = "auth.bcrypt-cost", defaultValue = "10") int cost) {
        if (cost < MIN_COST || cost > 16) {
            throw new IllegalArgumentException("auth.bcrypt-cost must be between " + MIN_COST + " and 16, got " + cost);
        }
        this.cost = cost;
    }

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(BcryptUtil.bcryptHash(password.reveal(), cost));
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        try {
            return BcryptUtil.matches(candidate, hash.value());
        } catch (RuntimeException unreadable) {
            // a stored value that is not a bcrypt hash matches nothing
            return false;
        }
    }
}
