package com.seatbooking.application.port.in;

import com.seatbooking.domain.account.Password;
import com.seatbooking.domain.account.Username;
import java.util.Objects;

/**
 * The administrator an installation starts with, as configured.
 *
 * @param password      the password to give it; null to generate one
 * @param resetPassword give an existing administrator of this username {@code password} (which must be set)
 */
public record ProvideFirstAdminCommand(Username username, Password password, boolean resetPassword) {

    public ProvideFirstAdminCommand {
        Objects.requireNonNull(username, "username");
        if (resetPassword && password == null) {
            throw new IllegalArgumentException("a password reset needs the new password");
        }
    }

    @Override
    public String toString() {
        return "ProvideFirstAdminCommand[" + username + ", reset " + resetPassword + "]";
    }
}
