package com.seatbooking.application.port.in;

import com.seatbooking.domain.account.Username;
import java.util.Objects;

/**
 * What providing the first administrator did.
 *
 * @param generatedPassword the password generated for a new administrator, to be shown once; null unless generated
 */
public record FirstAdmin(Outcome outcome, Username username, String generatedPassword) {

    public enum Outcome {
        /** Created with the configured password. */
        CREATED,
        /** Created with a generated password, in {@code generatedPassword}. */
        CREATED_WITH_GENERATED_PASSWORD,
        /** The administrator's password was reset to the configured one. */
        PASSWORD_RESET,
        /** An administrator exists already: nothing was done. */
        ALREADY_PROVIDED,
        /** No administrator exists, but a customer has the configured username: nothing was done. */
        USERNAME_TAKEN
    }

    public FirstAdmin {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(username, "username");
        if ((outcome == Outcome.CREATED_WITH_GENERATED_PASSWORD) != (generatedPassword != null)) {
            throw new IllegalArgumentException("a generated password comes with, and only with, " + Outcome.CREATED_WITH_GENERATED_PASSWORD);
        }
    }

    @Override
    public String toString() {
        return "FirstAdmin[" + outcome + ", " + username + "]";
    }
}
