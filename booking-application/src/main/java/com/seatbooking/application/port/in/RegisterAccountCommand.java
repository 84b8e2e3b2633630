package com.seatbooking.application.port.in;

import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Password;
import com.seatbooking.domain.account.Username;
import java.util.Objects;

/** Someone signing up: the username they want, their password and the name to show. */
public record RegisterAccountCommand(Username username, Password password, DisplayName displayName) {

    public RegisterAccountCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** Validates raw input, reporting every problem at once. */
    public static RegisterAccountCommand of(String username, String password, String displayName) {
        Violations violations = new Violations();
        Username name = violations.check(() -> new Username(username));
        Password secret = violations.check(() -> Password.of(password));
        DisplayName shown = violations.check(() -> new DisplayName(displayName));
        violations.throwIfAny();
        return new RegisterAccountCommand(name, secret, shown);
    }

    @Override
    public String toString() {
        return "RegisterAccountCommand[" + username + ", " + displayName + "]";
    }
}
