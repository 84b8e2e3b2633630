package com.seatbooking.application.port.in;

import com.seatbooking.domain.account.Account;

public interface LogInUseCase {

    /**
     * The account these credentials belong to. Throws {@link InvalidCredentialsException} for an
     * unknown username and for a wrong password alike, after the same work (a password hash is
     * checked either way), so neither the answer nor its timing tells which usernames exist.
     */
    Account logIn(LogInCommand command);
}
