package com.seatbooking.application.port.in;

import com.seatbooking.domain.account.Password;
import java.util.Objects;

/**
 * Credentials as typed. Only their presence and size are checked here: whether such a username can
 * exist is for the service to find out, in the same time either way.
 */
public record LogInCommand(String username, String password) {

    public LogInCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** Refuses missing fields and a password longer than any account can have (bcrypt reads 72 bytes). */
    public static LogInCommand of(String username, String password) {
        Violations violations = new Violations();
        if (username == null || username.isEmpty()) {
            violations.add("username", "is required");
        } else if (username.length() > 256) {
            violations.add("username", "must be at most 256 characters");
        }
        if (password == null || password.isEmpty()) {
            violations.add("password", "is required");
        } else if (!Password.isPlausible(password)) {
            violations.add("password", "must be at most " + Password.MAX_BYTES + " bytes in UTF-8");
        }
        violations.throwIfAny();
        return new LogInCommand(username, password);
    }

    @Override
    public String toString() {
        return "LogInCommand[" + username + "]";
    }
}
