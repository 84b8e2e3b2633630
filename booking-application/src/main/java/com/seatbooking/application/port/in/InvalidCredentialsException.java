package com.seatbooking.application.port.in;

/**
 * A sign-in that did not succeed. Deliberately the same for an unknown username and a wrong
 * password, so that it does not tell which usernames exist.
 */
public final class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException() {
        super("The username or the password is wrong");
    }
}
