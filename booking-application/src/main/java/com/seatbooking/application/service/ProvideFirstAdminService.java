package com.seatbooking.application.service;

import com.seatbooking.application.port.in.FirstAdmin;
import com.seatbooking.application.port.in.ProvideFirstAdminCommand;
import com.seatbooking.application.port.in.ProvideFirstAdminUseCase;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.PasswordHasher;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Password;
import com.seatbooking.domain.account.PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The administrator an installation starts with. Several instances may start at once: each checks
 * and creates inside one unit of work, the store lets only one create the username, and the
 * others' units of work run again and find an administrator there.
 */
public final class ProvideFirstAdminService implements ProvideFirstAdminUseCase {

    static final DisplayName DISPLAY_NAME = new DisplayName("Administrator");
    /** No 0/O, 1/l/I: readable off a log. 24 of 56 characters: about 139 bits. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 24;

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ProvideFirstAdminService(AccountRepository accounts, PasswordHasher hasher, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public FirstAdmin provideFirstAdmin(ProvideFirstAdminCommand command) {
        if (command.resetPassword()) {
            Optional<FirstAdmin> reset = resetPassword(command);
            if (reset.isPresent()) {
                return reset.get();
            }
        }
        if (unitOfWork.inTransaction(accounts::anyAdmin)) {
            return new FirstAdmin(FirstAdmin.Outcome.ALREADY_PROVIDED, command.username(), null);
        }
        boolean generated = command.password() == null;
        Password password = generated ? Password.of(generate()) : command.password();
        // hashed before the unit of work: slow on purpose, and nothing to roll back
        Account admin = Account.administrator(AccountId.random(), command.username(), DISPLAY_NAME, hasher.hash(password),
                clock.instant());
        FirstAdmin.Outcome outcome = unitOfWork.inTransaction(() -> {
            if (accounts.anyAdmin()) {
                return FirstAdmin.Outcome.ALREADY_PROVIDED;
            }
            // each statement sees what committed before it: an instance that has just won shows here
            Optional<Account> holder = accounts.findByUsername(command.username());
            if (holder.isPresent()) {
                return holder.get().isAdmin() ? FirstAdmin.Outcome.ALREADY_PROVIDED : FirstAdmin.Outcome.USERNAME_TAKEN;
            }
            accounts.add(admin);
            return generated ? FirstAdmin.Outcome.CREATED_WITH_GENERATED_PASSWORD : FirstAdmin.Outcome.CREATED;
        });
        return new FirstAdmin(outcome, command.username(),
                outcome == FirstAdmin.Outcome.CREATED_WITH_GENERATED_PASSWORD ? password.reveal() : null);
    }

    /** Empty when there is no account of that username yet: then it is created as usual. */
    private Optional<FirstAdmin> resetPassword(ProvideFirstAdminCommand command) {
        PasswordHash hash = hasher.hash(command.password());
        return unitOfWork.inTransaction(() -> accounts.findByUsername(command.username()).map(account -> {
            if (!account.isAdmin()) {
                return new FirstAdmin(FirstAdmin.Outcome.USERNAME_TAKEN, command.username(), null);
            }
            accounts.update(account.changePassword(hash));
            return new FirstAdmin(FirstAdmin.Outcome.PASSWORD_RESET, command.username(), null);
        }));
    }

    private String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
