package com.seatbooking.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandValidationTest {

    @Test
    void aShowCommandReportsEveryProblemAtOnce() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> CreateShowCommand.of("  ", null, 0));

        assertThat(e.violations()).containsExactly(
                new Violation("name", "must not be blank"),
                new Violation("startTime", "is required"),
                new Violation("totalSeats", "must be between 1 and 100000, got 0"));
    }

    @Test
    void aShowCommandRequiresTheSeatCount() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> CreateShowCommand.of("Swan Lake", Instant.parse("2030-01-01T00:00:00Z"), null));

        assertThat(e.violations()).containsExactly(new Violation("totalSeats", "is required"));
    }

    @Test
    void aBookSeatsCommandReportsEveryProblemAtOnce() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> BookSeatsCommand.of("not-a-uuid", "x".repeat(101), List.of(2, 2)));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("showId", "userName", "seats");
        assertThat(e.violations().get(2).message()).isEqualTo("seat 2 is listed more than once");
    }

    @Test
    void aBookSeatsCommandRefusesMissingAndNullSeats() {
        String show = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a";
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> BookSeatsCommand.of(show, "bob", null)).violations())
                .containsExactly(new Violation("seats", "must list at least one seat"));
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> BookSeatsCommand.of(show, "bob", Arrays.asList(1, null))).violations())
                .containsExactly(new Violation("seats", "must not contain null"));
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> BookSeatsCommand.of(show, null, List.of(1))).violations())
                .containsExactly(new Violation("userName", "is required"));
    }

    @Test
    void aValidBookSeatsCommandIsSortedAndTrimmed() {
        BookSeatsCommand command = BookSeatsCommand.of("3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a", " bob ", List.of(9, 1, 5));

        assertThat(command.seats().toArray()).containsExactly(1, 5, 9);
        assertThat(command.userName().value()).isEqualTo("bob");
    }
}
