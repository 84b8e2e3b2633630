package com.seatbooking.domain.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.ShowId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A show's verbs: rename, reschedule, resize and cancel, and what each refuses. */
class ShowOperationsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-24T20:00:00Z");

    private static Show show() {
        return Show.create(ShowId.random(), new ShowName("Hamlet"), LATER, 100, NOW);
    }

    @Test
    void aNewShowIsScheduledAtVersionZero() {
        Show show = show();
        assertThat(show.status()).isEqualTo(ShowStatus.SCHEDULED);
        assertThat(show.cancelledAt()).isEmpty();
        assertThat(show.version()).isZero();
    }

    @Test
    void verbsReturnTheChangedShowAndLeaveTheOriginalAsItWas() {
        Show show = show();
        Show changed = show.rename(new ShowName("Macbeth")).reschedule(LATER.plus(Duration.ofDays(1)), NOW).resize(80, false);

        assertThat(changed.name().value()).isEqualTo("Macbeth");
        assertThat(changed.startTime()).isEqualTo(LATER.plus(Duration.ofDays(1)));
        assertThat(changed.totalSeats()).isEqualTo(80);
        assertThat(changed.version()).as("the store counts versions").isZero();
        assertThat(show.name().value()).isEqualTo("Hamlet");
        assertThat(show.totalSeats()).isEqualTo(100);
    }

    @Test
    void changingNothingReturnsTheSameShow() {
        Show show = show();
        assertThat(show.rename(new ShowName("Hamlet"))).isSameAs(show);
        assertThat(show.reschedule(LATER, NOW)).isSameAs(show);
        assertThat(show.resize(100, true)).as("the same count is no change, even once booked").isSameAs(show);
    }

    @Test
    void aShowCannotBeMovedIntoThePast() {
        assertThatThrownBy(() -> show().reschedule(NOW, NOW)).isInstanceOf(InvariantViolation.class)
                .hasMessageContaining("must be in the future")
                .extracting(e -> ((InvariantViolation) e).property()).isEqualTo("startTime");
        assertThatThrownBy(() -> show().reschedule(NOW.minusSeconds(1), NOW)).isInstanceOf(InvariantViolation.class);
    }

    @Test
    void seatsChangeOnlyWhileNothingWasEverBooked() {
        assertThatThrownBy(() -> show().resize(120, true)).isInstanceOf(ShowHasBookingsException.class)
                .hasMessageContaining("number of seats can no longer be changed");
        assertThatThrownBy(() -> show().resize(0, false)).isInstanceOf(InvariantViolation.class)
                .extracting(e -> ((InvariantViolation) e).property()).isEqualTo("totalSeats");
        assertThat(show().resize(120, false).totalSeats()).isEqualTo(120);
    }

    @Test
    void aCancelledShowTakesNoBookingsAndNoChanges() {
        Show cancelled = show().cancel(NOW);

        assertThat(cancelled.status()).isEqualTo(ShowStatus.CANCELLED);
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.cancelledAt()).contains(NOW);
        assertThat(cancelled.cancel(NOW.plusSeconds(60))).as("cancelling again changes nothing").isSameAs(cancelled);
        assertThatThrownBy(() -> cancelled.requireOpenForBooking(NOW)).isInstanceOf(ShowCancelledException.class)
                .hasMessageContaining("can no longer be booked or held");
        assertThatThrownBy(() -> cancelled.rename(new ShowName("Other"))).isInstanceOf(ShowCancelledException.class);
        assertThatThrownBy(() -> cancelled.reschedule(LATER.plusSeconds(1), NOW)).isInstanceOf(ShowCancelledException.class);
        assertThatThrownBy(() -> cancelled.resize(50, false)).isInstanceOf(ShowCancelledException.class);
    }

    @Test
    void aShowIsCancelledExactlyWhenItHasACancellationTime() {
        ShowId id = ShowId.random();
        ShowName name = new ShowName("Hamlet");
        assertThatThrownBy(() -> Show.restore(id, name, LATER, 10, null, ShowStatus.CANCELLED, null, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Show.restore(id, name, LATER, 10, null, ShowStatus.SCHEDULED, NOW, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Show.restore(id, name, LATER, 10, null, ShowStatus.CANCELLED, NOW, 3).version()).isEqualTo(3);
    }

    @Test
    void searchKeysIgnoreCaseAccentsAndSpacing() {
        assertThat(new ShowName("Café  Élysée").searchKey()).isEqualTo("cafe elysee");
        assertThat(ShowName.searchKey("ÅNGSTRÖM Ñandú")).isEqualTo("angstrom nandu");
        assertThat(ShowName.searchKey("  swan   lake ")).isEqualTo("swan lake");
    }
}
