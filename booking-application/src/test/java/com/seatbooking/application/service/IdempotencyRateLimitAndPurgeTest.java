package com.seatbooking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.adapter.inmemory.InMemoryAdapters;
import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookingTotals;
import com.seatbooking.application.port.in.IdempotencyKeyReusedException;
import com.seatbooking.application.port.in.IdempotentCommand;
import com.seatbooking.application.port.in.IdempotentOutcome;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.PurgeStaleRecordsUseCase.Purged;
import com.seatbooking.application.port.in.RateLimitCommand;
import com.seatbooking.application.port.in.RateLimitDecision;
import com.seatbooking.application.port.in.RecordedResponse;
import com.seatbooking.application.port.out.FairUseEvents;
import com.seatbooking.application.port.out.RateLimitBuckets.Rate;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.show.Show;
import com.seatbooking.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Keyed writes, rate limits and the clean-up, through their use cases on the in-memory adapters. */
class IdempotencyRateLimitAndPurgeTest {

    private final List<String> fairUse = new ArrayList<>();
    private final FairUseEvents events = new FairUseEvents() {
        @Override
        public void rateLimited(String limit) {
            fairUse.add("limited " + limit);
        }

        @Override
        public void replayed() {
            fairUse.add("replayed");
        }

        @Override
        public void purged(String what, int count) {
            fairUse.add("purged " + count + " " + what);
        }
    };

    // --- idempotency keys ----------------------------------------------------------------------------

    private final Fixture f = new Fixture();
    private final InMemoryAdapters keysOnly = new InMemoryAdapters();
    private final IdempotentRequestService requests = new IdempotentRequestService(f.adapters.idempotencyKeys(), f.adapters.unitOfWork(),
            events, f.clock, new IdempotencySettings(Duration.ofHours(24)));

    private static RecordedResponse created(String body) {
        return new RecordedResponse(201, "application/json", body.getBytes(StandardCharsets.UTF_8), "/bookings/1");
    }

    private static IdempotentCommand command(Actor actor, String key, String fingerprint) {
        return IdempotentCommand.of(actor, "203.0.113.7", key, "POST", "/shows/1/bookings", fingerprint);
    }

    @Test
    void theFirstAnswerIsKeptAndReplayedWithoutRunningTheWriteAgain() {
        AtomicInteger runs = new AtomicInteger();

        IdempotentOutcome first = requests.run(command(f.alice, "k-1", "a"), () -> created("#" + runs.incrementAndGet()));
        IdempotentOutcome again = requests.run(command(f.alice, "k-1", "a"), () -> created("#" + runs.incrementAndGet()));

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.response()).isEqualTo(first.response());
        assertThat(runs).hasValue(1);
        assertThat(fairUse).containsExactly("replayed");
    }

    @Test
    void aKeyBelongsToItsAccountAndTheClientAddressBeforeSignIn() {
        AtomicInteger runs = new AtomicInteger();

        requests.run(command(f.alice, "shared", "a"), () -> created("#" + runs.incrementAndGet()));
        IdempotentOutcome bobs = requests.run(command(f.bob, "shared", "a"), () -> created("#" + runs.incrementAndGet()));
        IdempotentOutcome anonymous = requests.run(command(Actor.anonymous(), "shared", "a"), () -> created("#" + runs.incrementAndGet()));
        IdempotentOutcome sameAddress = requests.run(command(Actor.anonymous(), "shared", "a"), () -> created("#" + runs.incrementAndGet()));

        assertThat(bobs.replayed()).isFalse();
        assertThat(anonymous.replayed()).isFalse();
        assertThat(sameAddress.replayed()).isTrue();
        assertThat(runs).hasValue(3);
        assertThat(command(Actor.anonymous(), "x", "a").scope()).isEqualTo("address:203.0.113.7");
        assertThat(command(f.alice, "x", "a").scope()).isEqualTo("account:" + f.alice.id());
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        requests.run(command(f.alice, "k-2", "a"), () -> created("{}"));

        assertThatThrownBy(() -> requests.run(command(f.alice, "k-2", "b"), () -> created("{}")))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThatThrownBy(() -> requests.run(IdempotentCommand.of(f.alice, "a", "k-2", "POST", "/shows", "a"), () -> created("{}")))
                .isInstanceOf(IdempotencyKeyReusedException.class)
                .hasMessageContaining("POST /shows/1/bookings");
    }

    @Test
    void aWriteThatThrowsKeepsNothingAndARefusalIsKeptOnItsOwn() {
        assertThatThrownBy(() -> requests.run(command(f.alice, "k-3", "a"), () -> {
            throw new IllegalStateException("database trouble");
        })).hasMessage("database trouble");
        RecordedResponse conflict = new RecordedResponse(409, "application/problem+json", new byte[] {'{', '}'}, null);

        assertThat(requests.recordRefusal(command(f.alice, "k-3", "a"), conflict).replayed()).isFalse();

        IdempotentOutcome retry = requests.run(command(f.alice, "k-3", "a"), () -> created("{}"));
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.response()).isEqualTo(conflict);
    }

    @Test
    void serverFailuresAreNotKeptSoARetryMaySucceed() {
        RecordedResponse unavailable = new RecordedResponse(503, "application/problem+json", new byte[0], null);

        requests.run(command(f.alice, "k-4", "a"), () -> unavailable);

        assertThat(requests.run(command(f.alice, "k-4", "a"), () -> created("{}")).replayed()).isFalse();
    }

    @Test
    void aKeyIsKeptForItsLifetimeOnly() {
        requests.run(command(f.alice, "k-5", "a"), () -> created("{}"));

        f.clock.advance(Duration.ofHours(24));

        assertThat(requests.run(command(f.alice, "k-5", "b"), () -> created("[]")).replayed()).as("a new request now").isFalse();
    }

    @Test
    void keysAreOneTo255PrintableAsciiCharacters() {
        for (String bad : new String[] {"", "x".repeat(256), "caf\u00e9", "tab\there"}) {
            assertThatThrownBy(() -> command(f.alice, bad, "a")).isInstanceOf(InvalidCommandException.class)
                    .extracting(e -> ((InvalidCommandException) e).violations().get(0).field()).isEqualTo("Idempotency-Key");
        }
        assertThat(command(f.alice, "x".repeat(255), "a").key()).hasSize(255);
    }

    // --- rate limits ---------------------------------------------------------------------------------

    private final MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");
    private final InMemoryAdapters buckets = new InMemoryAdapters(clock);

    private RateLimitService limits(boolean enabled) {
        return new RateLimitService(buckets.rateLimitBuckets(), events, new RateLimitSettings(enabled, new Rate(3, Duration.ofMinutes(1)),
                new Rate(5, Duration.ofMinutes(1)), new Rate(4, Duration.ofMinutes(1))));
    }

    @Test
    void anAccountsWritesAreLimitedAndRefillOverTime() {
        RateLimitService limits = limits(true);
        RateLimitCommand write = new RateLimitCommand(f.alice, "198.51.100.1", true);

        for (int i = 0; i < 3; i++) {
            assertThat(limits.check(write).isAllowed()).isTrue();
        }
        RateLimitDecision refused = limits.check(write);

        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.limit()).isEqualTo("account-writes");
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
        assertThat(limits.check(new RateLimitCommand(f.bob, "198.51.100.1", true)).isAllowed()).as("bob has his own bucket").isTrue();
        clock.advance(Duration.ofSeconds(20));
        assertThat(limits.check(write).isAllowed()).isTrue();
        assertThat(fairUse).containsExactly("limited account-writes");
    }

    @Test
    void anAddressIsLimitedWhoeverIsSignedIn() {
        RateLimitService limits = limits(true);
        for (int i = 0; i < 5; i++) {
            assertThat(limits.check(new RateLimitCommand(Actor.anonymous(), "198.51.100.2", true)).isAllowed()).isTrue();
        }

        assertThat(limits.check(new RateLimitCommand(f.alice, "198.51.100.2", true)).limit()).isEqualTo("address-writes");
        assertThat(limits.check(new RateLimitCommand(f.alice, "198.51.100.3", true)).isAllowed()).isTrue();
    }

    @Test
    void readsHaveABucketOfTheirOwn() {
        RateLimitService limits = limits(true);
        for (int i = 0; i < 4; i++) {
            assertThat(limits.check(new RateLimitCommand(Actor.anonymous(), "198.51.100.4", false)).isAllowed()).isTrue();
        }

        assertThat(limits.check(new RateLimitCommand(Actor.anonymous(), "198.51.100.4", false)).limit()).isEqualTo("address-reads");
        assertThat(limits.check(new RateLimitCommand(Actor.anonymous(), "198.51.100.4", true)).isAllowed()).isTrue();
    }

    @Test
    void switchedOffEverythingGoesThrough() {
        RateLimitService limits = limits(false);

        for (int i = 0; i < 100; i++) {
            assertThat(limits.check(new RateLimitCommand(f.alice, "198.51.100.5", true)).isAllowed()).isTrue();
        }
    }

    // --- the clean-up --------------------------------------------------------------------------------

    @Test
    void failedAttemptsAreDeletedAfterTheirRetentionAndStillCountedInTheTotals() {
        Show show = f.show(10);
        Booking confirmed = f.book(show, 1);
        Booking old = f.book(f.bob, show, 1);
        f.clock.advance(Duration.ofDays(6));
        Booking recent = f.book(f.bob, show, 1, 2);
        PurgeStaleRecordsService purge = new PurgeStaleRecordsService(f.adapters.bookings(), f.adapters.idempotencyKeys(),
                f.adapters.rateLimitBuckets(), events, f.clock, new RetentionSettings(Duration.ofDays(7), 1));
        GetShowTotalsService totals = new GetShowTotalsService(f.adapters.shows(), f.adapters.bookings());

        assertThat(purge.purge()).isEqualTo(new Purged(0, 0, 0));
        f.clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(purge.purge()).isEqualTo(new Purged(1, 0, 0));

        assertThat(f.adapters.bookings().findById(old.id())).isEmpty();
        assertThat(f.adapters.bookings().findById(recent.id())).isPresent();
        assertThat(f.adapters.bookings().findById(confirmed.id())).isPresent();
        assertThat(totals.totals(f.admin, show.id())).isEqualTo(new BookingTotals(1, 0, 0, 2, 0, 1));
        assertThat(fairUse).containsExactly("purged 1 failed-bookings");
        assertThatThrownBy(() -> totals.totals(f.alice, show.id()))
                .isInstanceOf(com.seatbooking.application.port.in.AccessDeniedException.class);
    }

    @Test
    void expiredKeysAreDeletedInBatches() {
        IdempotentRequestService keys = new IdempotentRequestService(keysOnly.idempotencyKeys(), keysOnly.unitOfWork(), events, clock,
                new IdempotencySettings(Duration.ofHours(1)));
        for (int i = 0; i < 5; i++) {
            keys.run(command(f.alice, "old-" + i, "a"), () -> created("{}"));
        }
        PurgeStaleRecordsService purge = new PurgeStaleRecordsService(keysOnly.bookings(), keysOnly.idempotencyKeys(),
                keysOnly.rateLimitBuckets(), events, clock, new RetentionSettings(Duration.ofDays(7), 2));

        clock.advance(Duration.ofHours(1));

        assertThat(purge.purge()).isEqualTo(new Purged(0, 5, 0));
        assertThat(fairUse).containsExactly("purged 2 idempotency-keys", "purged 2 idempotency-keys", "purged 1 idempotency-keys");
    }
}
