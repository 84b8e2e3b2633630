package com.seatbooking.application.service;

import com.seatbooking.application.port.in.InvalidCredentialsException;
import com.seatbooking.application.port.in.LogInCommand;
import com.seatbooking.application.port.in.LogInUseCase;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.PasswordHasher;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.Password;
import com.seatbooking.domain.account.PasswordHash;
import com.seatbooking.domain.account.Username;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks credentials. An unknown username costs the same as a known one: the password is checked
 * against a hash of a random password nobody knows, so the time taken does not tell which usernames
 * exist, and the answer is the same {@link InvalidCredentialsException}.
 */
public final class LogInService implements LogInUseCase {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordHash nobodysHash;

    public LogInService(AccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.nobodysHash = hasher.hash(Password.of(Base64.getEncoder().encodeToString(random)));
    }

    @Override
    public Account logIn(LogInCommand command) {
        Optional<Account> found = Username.isValid(command.username())
                ? accounts.findByUsername(new Username(command.username()))
                : Optional.empty();
        PasswordHash hash = found.map(Account::passwordHash).orElse(nobodysHash);
        boolean matches = hasher.matches(command.password(), hash);
        if (found.isEmpty() || !matches) {
            throw new InvalidCredentialsException();
        }
        return found.get();
    }
}
