package com.seatbooking.domain.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.InvariantViolation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeatNumbersTest {

    @Test
    void sortsRequestedSeatsSoOverlappingAllocationsLockInTheSameOrder() {
        assertThat(SeatNumbers.requested(List.of(9, 2, 5)).toArray()).containsExactly(2, 5, 9);
    }

    @Test
    void refusesAnEmptyOrMissingRequest() {
        assertThatThrownBy(() -> SeatNumbers.requested(List.of())).hasMessage("must list at least one seat");
        assertThatThrownBy(() -> SeatNumbers.requested(null)).isInstanceOf(InvariantViolation.class);
    }

    @Test
    void refusesNullSeats() {
        assertThatThrownBy(() -> SeatNumbers.requested(Arrays.asList(1, null))).hasMessage("must not contain null");
    }

    @Test
    void refusesSeatsBelowOne() {
        assertThatThrownBy(() -> SeatNumbers.requested(List.of(3, 0))).hasMessage("seat numbers start at 1, got 0");
        assertThatThrownBy(() -> SeatNumbers.of(-5)).hasMessage("seat numbers start at 1, got -5");
    }

    @Test
    void refusesASeatListedTwice() {
        assertThatThrownBy(() -> SeatNumbers.requested(List.of(4, 7, 4)))
                .isInstanceOf(InvariantViolation.class)
                .hasMessage("seat 4 is listed more than once");
    }

    @Test
    void combinesSets() {
        SeatNumbers a = SeatNumbers.of(1, 2, 3, 8);
        SeatNumbers b = SeatNumbers.of(2, 8, 9);

        assertThat(a.above(2)).isEqualTo(SeatNumbers.of(3, 8));
        assertThat(a.above(8)).isEqualTo(SeatNumbers.none());
        assertThat(a.containsAll(SeatNumbers.of(1, 8))).isTrue();
        assertThat(a.containsAll(b)).isFalse();
        assertThat(a).hasToString("1, 2, 3, 8");
    }

    @Test
    void handsOutCopiesSoItStaysImmutable() {
        SeatNumbers seats = SeatNumbers.of(1, 2);
        seats.toArray()[0] = 99;
        int[] input = {5, 4};
        SeatNumbers fromArray = SeatNumbers.of(input);
        input[0] = 1;

        assertThat(seats.toArray()).containsExactly(1, 2);
        assertThat(fromArray.toArray()).containsExactly(4, 5);
    }
}
