package com.seatbooking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.ShowDetails;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.in.ShowSummary;
import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CreateAndListShowsTest {

    private final Fixture f = new Fixture();

    @Test
    void aNewShowHasEverySeatAvailable() {
        Show show = f.createShow.createShow(CreateShowCommand.of(f.admin, " Swan Lake ", Fixture.START.plus(Duration.ofDays(1)), 5)).show();

        ShowDetails details = f.getShow.getShow(show.id());

        assertThat(details.show().name().value()).isEqualTo("Swan Lake");
        assertThat(details.seatMap().available()).containsExactly(1, 2, 3, 4, 5);
        assertThat(details.seatMap().reservedCount()).isZero();
        assertThat(details.maxSeatsPerBooking()).isEqualTo(4);
    }

    @Test
    void aShowMustStartInTheFuture() {
        CreateShowCommand command = CreateShowCommand.of(f.admin, "Too late", Fixture.START, 5);

        assertThatThrownBy(() -> f.createShow.createShow(command))
                .isInstanceOf(InvariantViolation.class)
                .hasMessageContaining("must be in the future");
        assertThat(f.listShows.listShows()).isEmpty();
    }

    @Test
    void listsShowsSoonestFirstWithTheirCounts() {
        Show later = f.createShow.createShow(CreateShowCommand.of(f.admin, "Later", Fixture.START.plus(Duration.ofDays(9)), 10)).show();
        Show sooner = f.createShow.createShow(CreateShowCommand.of(f.admin, "Sooner", Fixture.START.plus(Duration.ofDays(2)), 3)).show();
        f.book(later, 1, 2);
        f.hold(later, 3);

        assertThat(f.listShows.listShows())
                .extracting(s -> s.show().id(), ShowSummary::reservedCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(sooner.id(), 0),
                        org.assertj.core.groups.Tuple.tuple(later.id(), 3));
    }

    @Test
    void expiredHoldsNoLongerCountAsReserved() {
        Show show = f.show(10);
        f.hold(show, 1, 2);
        f.book(show, 3);

        f.clock.advance(Fixture.TTL);

        assertThat(f.listShows.listShows().get(0).reservedCount()).isEqualTo(1);
        assertThat(f.reserved(show)).containsExactly(3);
    }

    @Test
    void anUnknownShowIsNotFound() {
        ShowId unknown = ShowId.random();
        assertThatThrownBy(() -> f.getShow.getShow(unknown))
                .isInstanceOf(ShowNotFoundException.class)
                .hasMessage("There is no show with id " + unknown);
    }
}
