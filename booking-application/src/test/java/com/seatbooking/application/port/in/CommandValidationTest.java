package com.seatbooking.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandValidationTest {

    private static final Actor ALICE = Actor.signedIn(AccountId.random(), new Username("alice"), new DisplayName("Alice A."),
            Set.of(Role.CUSTOMER));
    private static final Actor ADMIN = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"),
            Set.of(Role.ADMIN));

    @Test
    void aShowCommandReportsEveryProblemAtOnce() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> CreateShowCommand.of(ADMIN, "  ", null, 0));

        assertThat(e.violations()).containsExactly(
                new Violation("name", "must not be blank"),
                new Violation("startTime", "is required"),
                new Violation("totalSeats", "must be between 1 and 100000, got 0"));
    }

    @Test
    void aShowCommandRequiresTheSeatCount() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> CreateShowCommand.of(ADMIN, "Swan Lake", Instant.parse("2030-01-01T00:00:00Z"), null));

        assertThat(e.violations()).containsExactly(new Violation("totalSeats", "is required"));
    }

    @Test
    void aBookSeatsCommandReportsEveryProblemAtOnce() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> BookSeatsCommand.of(ALICE, "not-a-uuid", "x".repeat(101), List.of(2, 2)));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("showId", "userName", "seats");
        assertThat(e.violations().get(2).message()).isEqualTo("seat 2 is listed more than once");
    }

    @Test
    void aBookSeatsCommandRefusesMissingAndNullSeats() {
        String show = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a";
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> BookSeatsCommand.of(ALICE, show, "bob", null)).violations())
                .containsExactly(new Violation("seats", "must list at least one seat"));
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> BookSeatsCommand.of(ALICE, show, "bob", Arrays.asList(1, null))).violations())
                .containsExactly(new Violation("seats", "must not contain null"));
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> BookSeatsCommand.of(Actor.anonymous(), show, null, List.of(1))).violations())
                .containsExactly(new Violation("userName", "is required"));
    }

    @Test
    void aValidBookSeatsCommandIsSortedAndTrimmed() {
        BookSeatsCommand command = BookSeatsCommand.of(ALICE, "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a", " bob ", List.of(9, 1, 5));

        assertThat(command.seats().toArray()).containsExactly(1, 5, 9);
        assertThat(command.userName().value()).isEqualTo("bob");
    }

    @Test
    void withoutAnAttendeeNameTheSeatsAreForTheActorUnderItsDisplayName() {
        BookSeatsCommand command = BookSeatsCommand.of(ALICE, "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a", null, List.of(1));

        assertThat(command.userName().value()).isEqualTo("Alice A.");
        assertThat(command.actor()).isEqualTo(ALICE);
    }

    @Test
    void aRegistrationReportsEveryProblemAtOnce() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> RegisterAccountCommand.of("a b", "short", " "));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("username", "password", "displayName");
        assertThat(e.toString()).doesNotContain("short");
    }

    @Test
    void aLogInNeedsBothFieldsAndRefusesPasswordsNoAccountCanHave() {
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> LogInCommand.of(null, "")).violations())
                .extracting(Violation::field).containsExactly("username", "password");
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> LogInCommand.of("alice", "p".repeat(73))).violations())
                .containsExactly(new Violation("password", "must be at most 72 bytes in UTF-8"));
        assertThat(LogInCommand.of("' OR 1=1 --", "whatever it is").username()).isEqualTo("' OR 1=1 --");
        assertThat(LogInCommand.of("alice", "secret password").toString()).doesNotContain("secret");
    }

    @Test
    void aPageOfBookingsHasALimitFromOneToAHundredAndACursorThisApiMade() {
        assertThat(ListMyBookingsQuery.of(ALICE, null, null).limit()).isEqualTo(20);
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> ListMyBookingsQuery.of(ALICE, 0, "nonsense")).violations())
                .extracting(Violation::field).containsExactly("limit", "cursor");
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> ListMyBookingsQuery.of(ALICE, 101, null)).violations())
                .containsExactly(new Violation("limit", "must be between 1 and 100, got 101"));
        BookingCursor cursor = new BookingCursor(Instant.parse("2026-11-24T10:00:00.123456Z"),
                com.seatbooking.domain.BookingId.random());
        assertThat(ListMyBookingsQuery.of(ALICE, 5, cursor.encode()).after()).isEqualTo(cursor);
        for (String bad : new String[] {"", "!!!", "MTIzLjQ1Ng", java.util.Base64.getUrlEncoder().encodeToString("1.2.not-a-uuid-at-all-but-36-chars-lo".getBytes())}) {
            assertThat(catchThrowableOfType(InvalidCommandException.class, () -> ListMyBookingsQuery.of(ALICE, 5, bad)).violations())
                    .as(bad).extracting(Violation::field).containsExactly("cursor");
        }
    }
}
