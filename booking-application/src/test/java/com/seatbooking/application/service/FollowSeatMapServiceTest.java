package com.seatbooking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.application.port.in.FollowSeatMapQuery;
import com.seatbooking.application.port.in.FollowSeatMapUseCase.Following;
import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.application.port.in.SeatMapListener;
import com.seatbooking.application.port.in.SeatMapSnapshot;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.out.ReservedSeats;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.SeatMapFeed;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.show.Show;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FollowSeatMapServiceTest {

    private final Fixture f = new Fixture();
    private final Show show = f.show(10);
    private final ScriptedFeed feed = new ScriptedFeed();
    private final Recorder follower = new Recorder();

    /** The seat map read that the service makes; a change may "happen" while it runs. */
    private ReservedSeats read = new ReservedSeats(SeatNumbers.of(1), 100);
    private Runnable whileReading = () -> { };

    private final FollowSeatMapService service = new FollowSeatMapService(f.adapters.shows(), new SeatAllocationRepository() {
        @Override
        public boolean makeFirm(SeatAllocation hold, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void release(Collection<SeatAllocation> allocations) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean extend(SeatAllocation hold, Instant deadline, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeatNumbers reservedSeats(ShowId showId, Instant now) {
            return reservedSeatsWithVersion(showId, now).seats();
        }

        @Override
        public ReservedSeats reservedSeatsWithVersion(ShowId showId, Instant now) {
            whileReading.run();
            return read;
        }

        @Override
        public Map<ShowId, Integer> reservedCounts(Instant now) {
            throw new UnsupportedOperationException();
        }
    }, feed, f.clock);

    @Test
    void aNewFollowerGetsTheSeatMapFirstThenEveryChange() {
        service.follow(FollowSeatMapQuery.from(show.id()), follower);
        feed.publish(change(101, SeatNumbers.of(2), SeatNumbers.none()));
        feed.publish(change(105, SeatNumbers.none(), SeatNumbers.of(1)));

        assertThat(follower.events).containsExactly("snapshot 100 [1]", "seats 101 +[2] -[]", "seats 105 +[] -[1]");
    }

    @Test
    void aChangeDuringTheReadIsPassedOnAfterTheSnapshotOnlyIfTheReadDidNotHoldIt() {
        whileReading = () -> {
            feed.publish(change(99, SeatNumbers.of(1), SeatNumbers.none()));
            feed.publish(change(103, SeatNumbers.of(3), SeatNumbers.none()));
        };

        service.follow(FollowSeatMapQuery.from(show.id()), follower);

        assertThat(follower.events).as("99 is in the snapshot at 100; 103 is not")
                .containsExactly("snapshot 100 [1]", "seats 103 +[3] -[]");
    }

    @Test
    void versionsOnlyGrow() {
        service.follow(FollowSeatMapQuery.from(show.id()), follower);
        feed.publish(change(110, SeatNumbers.of(2), SeatNumbers.none()));
        feed.publish(change(110, SeatNumbers.of(2), SeatNumbers.none()));
        feed.publish(change(104, SeatNumbers.of(4), SeatNumbers.none()));

        assertThat(follower.events).containsExactly("snapshot 100 [1]", "seats 110 +[2] -[]");
    }

    @Test
    void aFollowerThatReconnectsGetsWhatItMissedInsteadOfASnapshot() {
        feed.since = Optional.of(List.of(change(120, SeatNumbers.of(5), SeatNumbers.of(1))));

        service.follow(new FollowSeatMapQuery(show.id(), OptionalLong.of(100)), follower);
        feed.publish(change(118, SeatNumbers.of(5), SeatNumbers.none()));
        feed.publish(change(121, SeatNumbers.of(6), SeatNumbers.none()));

        assertThat(feed.askedSince).isEqualTo(100);
        assertThat(follower.events).containsExactly("seats 120 +[5] -[1]", "seats 121 +[6] -[]");
    }

    @Test
    void nothingMissedMeansNothingToSendButLaterChanges() {
        feed.since = Optional.of(List.of());

        service.follow(new FollowSeatMapQuery(show.id(), OptionalLong.of(130)), follower);
        feed.publish(change(125, SeatNumbers.of(5), SeatNumbers.none()));
        feed.publish(change(131, SeatNumbers.of(6), SeatNumbers.none()));

        assertThat(follower.events).containsExactly("seats 131 +[6] -[]");
    }

    @Test
    void aVersionTheFeedCannotResumeFromGetsASnapshot() {
        feed.since = Optional.empty();

        service.follow(new FollowSeatMapQuery(show.id(), OptionalLong.of(3)), follower);

        assertThat(follower.events).containsExactly("snapshot 100 [1]");
    }

    @Test
    void aGarbledLastEventIdIsNoVersion() {
        assertThat(FollowSeatMapQuery.resuming(show.id(), "abc").lastSeenVersion()).isEmpty();
        assertThat(FollowSeatMapQuery.resuming(show.id(), "-5").lastSeenVersion()).isEmpty();
        assertThat(FollowSeatMapQuery.resuming(show.id(), " ").lastSeenVersion()).isEmpty();
        assertThat(FollowSeatMapQuery.resuming(show.id(), " 42 ").lastSeenVersion()).hasValue(42);
    }

    @Test
    void stoppingEndsDeliveries() {
        Following following = service.follow(FollowSeatMapQuery.from(show.id()), follower);
        following.stop();
        feed.publish(change(101, SeatNumbers.of(2), SeatNumbers.none()));

        assertThat(feed.listeners).isEmpty();
        assertThat(follower.events).containsExactly("snapshot 100 [1]");
    }

    @Test
    void whenTheFeedLosesTrackTheFollowerStartsOver() {
        service.follow(FollowSeatMapQuery.from(show.id()), follower);
        feed.listeners.forEach(SeatMapFeed.Listener::lost);
        feed.publish(change(101, SeatNumbers.of(2), SeatNumbers.none()));

        assertThat(follower.events).containsExactly("snapshot 100 [1]", "lost");
    }

    @Test
    void anUnknownShowIsNotFoundAndLeavesNoSubscription() {
        assertThatThrownBy(() -> service.follow(FollowSeatMapQuery.from(ShowId.random()), follower))
                .isInstanceOf(ShowNotFoundException.class);
        assertThat(feed.listeners).isEmpty();
    }

    @Test
    void aFailedReadLeavesNoSubscription() {
        whileReading = () -> {
            throw new IllegalStateException("database away");
        };

        assertThatThrownBy(() -> service.follow(FollowSeatMapQuery.from(show.id()), follower)).hasMessage("database away");
        assertThat(feed.listeners).isEmpty();
    }

    private SeatMapChange change(long version, SeatNumbers reserved, SeatNumbers released) {
        return new SeatMapChange(show.id(), version, reserved, released);
    }

    private static final class ScriptedFeed implements SeatMapFeed {
        final List<Listener> listeners = new ArrayList<>();
        Optional<List<SeatMapChange>> since = Optional.empty();
        long askedSince = -1;

        @Override
        public Subscription subscribe(ShowId showId, Listener listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        @Override
        public Optional<List<SeatMapChange>> changesSince(ShowId showId, long version) {
            askedSince = version;
            return since;
        }

        void publish(SeatMapChange change) {
            List.copyOf(listeners).forEach(listener -> listener.changed(change));
        }
    }

    private static final class Recorder implements SeatMapListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void snapshot(SeatMapSnapshot snapshot) {
            events.add("snapshot " + snapshot.version() + " [" + snapshot.seatMap().reserved() + "]");
        }

        @Override
        public void changed(SeatMapChange change) {
            events.add("seats " + change.version() + " +[" + change.reserved() + "] -[" + change.released() + "]");
        }

        @Override
        public void lost() {
            events.add("lost");
        }
    }
}
