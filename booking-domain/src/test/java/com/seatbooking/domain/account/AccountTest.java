package com.seatbooking.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.InvariantViolation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final PasswordHash HASH = new PasswordHash("$2a$10$hash");

    @Test
    void someoneWhoRegistersIsACustomer() {
        Account account = Account.register(AccountId.random(), new Username("alice"), new DisplayName(" Alice A. "), HASH, NOW);

        assertThat(account.roles()).containsExactly(Role.CUSTOMER);
        assertThat(account.isAdmin()).isFalse();
        assertThat(account.displayName().value()).isEqualTo("Alice A.");
        assertThat(account.createdAt()).isEqualTo(NOW);
    }

    @Test
    void theAdministratorIsAnAdmin() {
        Account admin = Account.administrator(AccountId.random(), new Username("admin"), new DisplayName("Administrator"), HASH, NOW);

        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void changingThePasswordKeepsEverythingElse() {
        Account account = Account.register(AccountId.random(), new Username("alice"), new DisplayName("Alice"), HASH, NOW);
        PasswordHash next = new PasswordHash("$2a$10$other");

        Account changed = account.changePassword(next);

        assertThat(changed.passwordHash()).isEqualTo(next);
        assertThat(changed).isEqualTo(account);
        assertThat(changed.username()).isEqualTo(account.username());
        assertThat(account.passwordHash()).as("immutable").isEqualTo(HASH);
    }

    @Test
    void hasAtLeastOneRoleAndTheRolesCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> Account.restore(AccountId.random(), new Username("alice"), new DisplayName("Alice"), HASH, Set.of(), NOW))
                .hasMessageContaining("at least one role");
        Account both = Account.restore(AccountId.random(), new Username("alice"), new DisplayName("Alice"), HASH,
                EnumSet.of(Role.CUSTOMER, Role.ADMIN), NOW);
        assertThat(both.roles()).containsExactly(Role.ADMIN, Role.CUSTOMER);
        assertThatThrownBy(() -> both.roles().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDisplayNameIsTrimmedAndHasNoControlCharacters() {
        assertThat(new DisplayName("<b>Bobby</b> Tables'); --").value()).isEqualTo("<b>Bobby</b> Tables'); --");
        assertThatThrownBy(() -> new DisplayName("  ")).isInstanceOf(InvariantViolation.class).hasMessage("must not be blank");
        assertThatThrownBy(() -> new DisplayName("a\u0000b")).hasMessage("must not contain control characters");
        assertThatThrownBy(() -> new DisplayName("d".repeat(101))).hasMessage("must be at most 100 characters, got 101");
    }
}
