package com.seatbooking.adapter.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.seatbooking.adapter.inmemory.InMemoryAdapters;
import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.RegisterAccountCommand;
import com.seatbooking.application.service.RegisterAccountService;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.testing.FakePasswordHasher;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpireHoldsJobTest {

    @Test
    void aRunExpiresTheHoldsWhoseDeadlinePassed() {
        MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");
        InMemoryAdapters adapters = new InMemoryAdapters();
        BookingSettings settings = BookingSettings.of(Duration.ofMinutes(2), 20, 500, 10);
        RecordingBookingEvents events = new RecordingBookingEvents();
        Actor admin = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"), Set.of(Role.ADMIN));
        Actor alice = Actor.of(new RegisterAccountService(adapters.accounts(), new FakePasswordHasher(), adapters.unitOfWork(), clock)
                .register(RegisterAccountCommand.of("alice", "a long secret", "Alice")));
        Show show = new CreateShowService(adapters.shows(), adapters.unitOfWork(), clock, settings)
                .createShow(CreateShowCommand.of(admin, "Bus", clock.instant().plus(Duration.ofDays(1)), 10)).show();
        var booking = new BookSeatsService(adapters.shows(), adapters.bookings(), events, clock, settings)
                .hold(BookSeatsCommand.of(alice, show.id().toString(), null, List.of(1))).booking();
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
