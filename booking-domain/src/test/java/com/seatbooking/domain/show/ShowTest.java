package com.seatbooking.domain.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShowTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-24T20:00:00Z");

    @Test
    void createsAShowThatStartsInTheFuture() {
        Show show = Show.create(ShowId.random(), new ShowName("  Hamlet  "), LATER, 100, NOW);

        assertThat(show.name().value()).isEqualTo("Hamlet");
        assertThat(show.startTime()).isEqualTo(LATER);
        assertThat(show.totalSeats()).isEqualTo(100);
    }

    @Test
    void refusesAStartTimeThatIsNotInTheFuture() {
        assertThatThrownBy(() -> Show.create(ShowId.random(), new ShowName("Hamlet"), NOW, 100, NOW))
                .isInstanceOf(InvariantViolation.class)
                .hasMessageContaining("must be in the future")
                .extracting(e -> ((InvariantViolation) e).property()).isEqualTo("startTime");
    }

    @Test
    void refusesAMissingStartTime() {
        assertThatThrownBy(() -> Show.restore(ShowId.random(), new ShowName("Hamlet"), null, 10))
                .isInstanceOf(InvariantViolation.class)
                .extracting(e -> ((InvariantViolation) e).property()).isEqualTo("startTime");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_001, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesSeatCountsOutsideOneToOneHundredThousand(int totalSeats) {
        assertThatThrownBy(() -> Show.create(ShowId.random(), new ShowName("Hamlet"), LATER, totalSeats, NOW))
                .isInstanceOf(InvariantViolation.class)
                .hasMessageContaining("between 1 and 100000")
                .extracting(e -> ((InvariantViolation) e).property()).isEqualTo("totalSeats");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100_000})
    void acceptsTheSeatCountBounds(int totalSeats) {
        assertThat(Show.create(ShowId.random(), new ShowName("Hamlet"), LATER, totalSeats, NOW).totalSeats())
                .isEqualTo(totalSeats);
    }

    @Test
    void knowsWhichSeatsItHas() {
        Show show = Show.restore(ShowId.random(), new ShowName("Bus 42"), LATER, 10);

        show.requireSeatsExist(SeatNumbers.of(1, 10));
        assertThatThrownBy(() -> show.requireSeatsExist(SeatNumbers.of(9, 11, 12)))
                .isInstanceOf(InvariantViolation.class)
                .hasMessage("seats 11, 12 do not exist: this show has seats 1 to 10");
        assertThatThrownBy(() -> show.requireSeatsExist(SeatNumbers.of(11)))
                .hasMessage("seat 11 does not exist: this show has seats 1 to 10");
    }

    @Test
    void closesBookingWhenTheShowStarts() {
        Show show = Show.restore(ShowId.random(), new ShowName("Bus 42"), LATER, 10);

        show.requireOpenForBooking(LATER.minusMillis(1));
        assertThatThrownBy(() -> show.requireOpenForBooking(LATER)).isInstanceOf(ShowHasStartedException.class);
    }

    @Test
    void isIdentifiedByItsId() {
        ShowId id = ShowId.random();
        assertThat(Show.restore(id, new ShowName("A"), LATER, 1)).isEqualTo(Show.restore(id, new ShowName("B"), NOW, 2));
    }

    @Test
    void aShowMaySetItsOwnSeatLimitWithinItsBounds() {
        Show limited = Show.create(ShowId.random(), new ShowName("Hamlet"), LATER, 100, 4, NOW);
        Show usual = Show.create(ShowId.random(), new ShowName("Hamlet"), LATER, 100, NOW);

        assertThat(limited.maxSeatsPerCustomer()).contains(4);
        assertThat(limited.seatLimit(10)).isEqualTo(4);
        assertThat(usual.maxSeatsPerCustomer()).isEmpty();
        assertThat(usual.seatLimit(10)).isEqualTo(10);
        for (int bad : new int[] {0, -3, 100_001}) {
            assertThatThrownBy(() -> Show.create(ShowId.random(), new ShowName("Hamlet"), LATER, 100, bad, NOW))
                    .isInstanceOf(InvariantViolation.class)
                    .extracting(e -> ((InvariantViolation) e).property()).isEqualTo("maxSeatsPerCustomer");
        }
    }
}
