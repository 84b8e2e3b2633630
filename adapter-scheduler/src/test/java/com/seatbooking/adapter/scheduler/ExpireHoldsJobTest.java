package com.seatbooking.adapter.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.seatbooking.adapter.inmemory.InMemoryAdapters;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.service.BookSeatsService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.application.service.ExpireHoldsService;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.FailureReason;
import com.seatbooking.domain.show.Show;
import com.seatbooking.testing.MutableClock;
import com.seatbooking.testing.RecordingBookingEvents;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpireHoldsJobTest {

    @Test
    void aRunExpiresTheHoldsWhoseDeadlinePassed() {
        MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");
        InMemoryAdapters adapters = new InMemoryAdapters();
        BookingSettings settings = new BookingSettings(Duration.ofMinutes(2), 20, 500);
        RecordingBookingEvents events = new RecordingBookingEvents();
        Show show = new CreateShowService(adapters.shows(), adapters.unitOfWork(), clock)
                .createShow(CreateShowCommand.of("Bus", clock.instant().plus(Duration.ofDays(1)), 10));
        var booking = new BookSeatsService(adapters.shows(), adapters.bookings(), events, clock, settings).hold(BookSeatsCommand.of(show.id().toString(), "alice", List.of(1)));
        ExpireHoldsJob job = new ExpireHoldsJob(new ExpireHoldsService(adapters.bookings(), adapters.allocations(),
                adapters.unitOfWork(), events, clock, settings));

        job.run();
        assertThat(adapters.bookings().findById(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);

        clock.advance(settings.holdTtl());
        job.run();
        assertThat(adapters.bookings().findById(booking.id()).orElseThrow().failureReason()).isEqualTo(FailureReason.HOLD_EXPIRED);
    }

    @Test
    void aFailingRunIsLoggedAndTheNextRunTriesAgain() {
        int[] calls = {0};
        ExpireHoldsJob job = new ExpireHoldsJob(() -> {
            calls[0]++;
            throw new IllegalStateException("database down");
        });

        assertThatCode(job::run).doesNotThrowAnyException();
        assertThatCode(job::run).doesNotThrowAnyException();
        assertThat(calls[0]).isEqualTo(2);
    }
}
