package com.seatbooking.application.port.in;

import com.seatbooking.domain.account.Username;

/** Another account has this username already, in whatever case. */
public final class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(Username username) {
        super("The username " + username + " is taken; choose another");
    }
}
