package com.seatbooking.application.service;

import com.seatbooking.application.port.in.RegisterAccountCommand;
import com.seatbooking.application.port.in.RegisterAccountUseCase;
import com.seatbooking.application.port.in.UsernameTakenException;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.PasswordHasher;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.PasswordHash;
import java.time.Clock;

/**
 * Signing up. The password is hashed before the unit of work (it is slow on purpose), which then
 * checks and stores the username in one go; when two people sign up for one username at once the
 * store refuses the second, whose unit of work runs again and finds the name taken.
 */
public final class RegisterAccountService implements RegisterAccountUseCase {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RegisterAccountService(AccountRepository accounts, PasswordHasher hasher, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Account register(RegisterAccountCommand command) {
        PasswordHash hash = hasher.hash(command.password());
        Account account = Account.register(AccountId.random(), command.username(), command.displayName(), hash, clock.instant());
        return unitOfWork.inTransaction(() -> {
            if (accounts.findByUsername(command.username()).isPresent()) {
                throw new UsernameTakenException(command.username());
            }
            accounts.add(account);
            return account;
        });
    }
}
