package com.seatbooking.domain.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeatMapTest {

    private final Show show = Show.restore(ShowId.random(), new ShowName("Bus"), Instant.parse("2030-01-01T00:00:00Z"), 6);

    @Test
    void listsTheSeatsThatAreNotReserved() {
        SeatMap map = SeatMap.of(show, SeatNumbers.of(2, 3, 6));

        assertThat(map.available()).containsExactly(1, 4, 5);
        assertThat(map.reserved().toArray()).containsExactly(2, 3, 6);
        assertThat(map.availableCount()).isEqualTo(3);
        assertThat(map.reservedCount()).isEqualTo(3);
    }

    @Test
    void coversEmptyAndFullShows() {
        assertThat(SeatMap.of(show, SeatNumbers.none()).available()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(SeatMap.of(show, SeatNumbers.of(1, 2, 3, 4, 5, 6)).available()).isEmpty();
    }

    @Test
    void refusesReservationsOfSeatsTheShowDoesNotHave() {
        assertThatThrownBy(() -> SeatMap.of(show, SeatNumbers.of(7))).isInstanceOf(IllegalArgumentException.class);
    }
}
