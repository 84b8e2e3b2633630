package com.seatbooking.application.port.in;

import com.seatbooking.domain.account.Account;

public interface RegisterAccountUseCase {

    /**
     * Creates a customer account. Throws {@link UsernameTakenException} when another account has the
     * username in any case, however many sign up for it at once.
     */
    Account register(RegisterAccountCommand command);
}
