package com.seatbooking.domain.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeatAllocationTest {

    private static final Instant DEADLINE = Instant.parse("2026-11-24T10:02:00Z");

    @Test
    void aHoldBlocksItsSeatsUntilItsDeadline() {
        SeatAllocation hold = SeatAllocation.hold(ShowId.random(), BookingId.random(), SeatNumbers.of(1), DEADLINE);

        assertThat(hold.expiresAt()).isEqualTo(DEADLINE);
        assertThat(hold.isActiveAt(DEADLINE.minusNanos(1))).isTrue();
        assertThat(hold.isActiveAt(DEADLINE)).isFalse();
    }

    @Test
    void aFirmAllocationBlocksForever() {
        SeatAllocation firm = SeatAllocation.hold(ShowId.random(), BookingId.random(), SeatNumbers.of(1), DEADLINE).madeFirm();

        assertThat(firm.expiresAt()).isNull();
        assertThat(firm.isActiveAt(Instant.MAX)).isTrue();
    }

    @Test
    void allocatesAtLeastOneSeat() {
        assertThatThrownBy(() -> SeatAllocation.firm(ShowId.random(), BookingId.random(), SeatNumbers.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
