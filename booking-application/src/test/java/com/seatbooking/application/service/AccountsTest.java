package com.seatbooking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.FirstAdmin;
import com.seatbooking.application.port.in.InvalidCredentialsException;
import com.seatbooking.application.port.in.LogInCommand;
import com.seatbooking.application.port.in.ProvideFirstAdminCommand;
import com.seatbooking.application.port.in.RegisterAccountCommand;
import com.seatbooking.application.port.in.UsernameTakenException;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.Password;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import org.junit.jupiter.api.Test;

/** Signing up, signing in, and the first administrator. */
class AccountsTest {

    private final Fixture f = new Fixture();

    @Test
    void someoneWhoSignsUpIsACustomerWhosePasswordIsKeptOnlyAsAHash() {
        Account account = f.register.register(RegisterAccountCommand.of("Zoe_1", "a long secret", " Zoë "));

        assertThat(account.roles()).containsExactly(Role.CUSTOMER);
        assertThat(account.username().value()).isEqualTo("Zoe_1");
        assertThat(account.displayName().value()).isEqualTo("Zoë");
        assertThat(account.passwordHash().value()).doesNotContain("a long secret");
        assertThat(f.adapters.accounts().findByUsername(new Username("zoe_1"))).contains(account);
    }

    @Test
    void aUsernameTakenInAnyCaseIsRefused() {
        assertThatThrownBy(() -> f.register.register(RegisterAccountCommand.of("ALICE", "a long secret", "Another Alice")))
                .isInstanceOf(UsernameTakenException.class).hasMessage("The username ALICE is taken; choose another");
    }

    @Test
    void signingInFindsTheUsernameInAnyCase() {
        Account account = f.logIn.logIn(LogInCommand.of("Alice", Fixture.PASSWORD));

        assertThat(account.id()).isEqualTo(f.alice.id());
        assertThat(Actor.of(account)).isEqualTo(f.alice);
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameFailAlikeAfterTheSameWork() {
        int before = f.hasher.checks();
        assertThatThrownBy(() -> f.logIn.logIn(LogInCommand.of("alice", "wrong password")))
                .isInstanceOf(InvalidCredentialsException.class).hasMessage("The username or the password is wrong");
        int forWrongPassword = f.hasher.checks() - before;

        before = f.hasher.checks();
        assertThatThrownBy(() -> f.logIn.logIn(LogInCommand.of("nobody-here", Fixture.PASSWORD)))
                .isInstanceOf(InvalidCredentialsException.class).hasMessage("The username or the password is wrong");
        int forUnknownUser = f.hasher.checks() - before;

        before = f.hasher.checks();
        assertThatThrownBy(() -> f.logIn.logIn(LogInCommand.of("'; DROP TABLE accounts; --", Fixture.PASSWORD)))
                .isInstanceOf(InvalidCredentialsException.class);
        int forImpossibleUser = f.hasher.checks() - before;

        assertThat(forWrongPassword).isEqualTo(1);
        assertThat(forUnknownUser).as("a password hash is checked for unknown users too").isEqualTo(1);
        assertThat(forImpossibleUser).isEqualTo(1);
    }

    // --- the first administrator -------------------------------------------------------------------

    @Test
    void theFirstAdminIsProvidedOnceWithTheConfiguredPassword() {
        Fixture fresh = new Fixture();
        // the fixture provided "admin" already; a second start changes nothing
        FirstAdmin again = fresh.firstAdmin.provideFirstAdmin(
                new ProvideFirstAdminCommand(new Username("admin"), Password.of("another password"), false));

        assertThat(again.outcome()).isEqualTo(FirstAdmin.Outcome.ALREADY_PROVIDED);
        assertThat(fresh.logIn.logIn(LogInCommand.of("admin", Fixture.PASSWORD)).isAdmin()).isTrue();
        assertThatThrownBy(() -> fresh.logIn.logIn(LogInCommand.of("admin", "another password")))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedAndWorks() {
        Fixture empty = withoutAdmin();

        FirstAdmin created = empty.firstAdmin.provideFirstAdmin(new ProvideFirstAdminCommand(new Username("root"), null, false));

        assertThat(created.outcome()).isEqualTo(FirstAdmin.Outcome.CREATED_WITH_GENERATED_PASSWORD);
        assertThat(created.generatedPassword()).hasSize(24);
        assertThat(empty.logIn.logIn(LogInCommand.of("root", created.generatedPassword())).roles()).containsExactly(Role.ADMIN);
        assertThat(created.toString()).doesNotContain(created.generatedPassword());
    }

    @Test
    void aResetGivesTheAdminTheConfiguredPassword() {
        FirstAdmin reset = f.firstAdmin.provideFirstAdmin(
                new ProvideFirstAdminCommand(new Username("ADMIN"), Password.of("a brand new one"), true));

        assertThat(reset.outcome()).isEqualTo(FirstAdmin.Outcome.PASSWORD_RESET);
        assertThat(f.logIn.logIn(LogInCommand.of("admin", "a brand new one")).isAdmin()).isTrue();
        assertThatThrownBy(() -> f.logIn.logIn(LogInCommand.of("admin", Fixture.PASSWORD))).isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void aCustomerIsNeverMadeAdminNorHasTheirPasswordReset() {
        FirstAdmin reset = f.firstAdmin.provideFirstAdmin(
                new ProvideFirstAdminCommand(new Username("alice"), Password.of("taken over now"), true));
        Fixture empty = withoutAdmin();
        empty.customer("boss", "Customer named boss");
        FirstAdmin created = empty.firstAdmin.provideFirstAdmin(new ProvideFirstAdminCommand(new Username("Boss"), null, false));

        assertThat(reset.outcome()).isEqualTo(FirstAdmin.Outcome.USERNAME_TAKEN);
        assertThat(f.logIn.logIn(LogInCommand.of("alice", Fixture.PASSWORD)).isAdmin()).isFalse();
        assertThat(created.outcome()).isEqualTo(FirstAdmin.Outcome.USERNAME_TAKEN);
        assertThat(empty.adapters.accounts().anyAdmin()).isFalse();
    }

    private static Fixture withoutAdmin() {
        return new Fixture(false);
    }
}
