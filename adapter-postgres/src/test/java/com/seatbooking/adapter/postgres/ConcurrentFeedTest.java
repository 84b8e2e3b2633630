package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.FollowSeatMapQuery;
import com.seatbooking.application.port.in.FollowSeatMapUseCase.Following;
import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.application.port.in.SeatMapListener;
import com.seatbooking.application.port.in.SeatMapSnapshot;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.port.out.SeatMapFeed;
import com.seatbooking.application.service.BookSeatsService;
import com.seatbooking.application.service.BookingSettings;
import com.seatbooking.application.service.CancelBookingService;
import com.seatbooking.application.service.CreateShowService;
import com.seatbooking.application.service.FollowSeatMapService;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.show.Show;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads book, hold and cancel overlapping seats of one show while followers watch the live
 * seat map (one from the start, one that joins mid-way with a snapshot, one that drops out and
 * resumes from its last version). The poller runs all along, as it would in production. At the end
 * every follower's map equals what PostgreSQL holds, and no follower ever saw a version go back.
 */
@QuarkusTest
class ConcurrentFeedTest extends PostgresTestBase {

    private static final int THREADS = 24;
    private static final int OPERATIONS = 40;
    private static final int SEATS = 80;
    private static final Actor ADMIN = Actor.signedIn(AccountId.random(), new Username("admin"), new DisplayName("Admin"), Set.of(Role.ADMIN));

    @Inject
    AccountRepository accounts;
    @Inject
    SeatMapFeed feed;
    @Inject
    SeatChangePoller poller;

    private final List<Actor> users = new ArrayList<>();

    @BeforeEach
    void empty() {
        poller.pollOnce();
        users.clear();
        for (int i = 0; i < THREADS; i++) {
            users.add(database.customer("fan-" + i));
        }
    }

    @Test
    void followersEndOnTheDatabasesSeatMapWhateverTheRace() throws Exception {
        Clock clock = Clock.systemUTC();
        BookingSettings settings = BookingSettings.of(Duration.ofMinutes(10), 20, 100, Show.MAX_SEATS);
        BookSeatsService bookSeats = new BookSeatsService(shows, bookings, BookingEvents.NONE, clock, settings);
        CancelBookingService cancel = new CancelBookingService(bookings, allocations, unitOfWork, BookingEvents.NONE, clock, accounts, settings);
        FollowSeatMapService follow = new FollowSeatMapService(shows, allocations, feed, clock);
        Show show = new CreateShowService(shows, unitOfWork, clock, settings)
                .createShow(CreateShowCommand.of(ADMIN, "Live race", Instant.now().plus(Duration.ofDays(1)), SEATS)).show();

        AtomicBoolean racing = new AtomicBoolean(true);
        Thread polling = new Thread(() -> {
            while (racing.get()) {
                poller.pollOnce();
                sleep(10);
            }
        }, "test-poller");
        polling.start();

        Follower fromTheStart = new Follower();
        follow.follow(FollowSeatMapQuery.from(show.id()), fromTheStart);
        Follower joiner = new Follower();
        Follower dropper = new Follower();
        Following dropperFollowing = follow.follow(FollowSeatMapQuery.from(show.id()), dropper);
        AtomicInteger done = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(1);
        CountDownLatch half = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger writes = new AtomicInteger();
        for (int t = 0; t < THREADS; t++) {
            Actor user = users.get(t);
            Random random = new Random(t);
            pool.submit(() -> {
                List<Booking> mine = new ArrayList<>();
                try {
                    for (int i = 0; i < OPERATIONS; i++) {
                        if (!mine.isEmpty() && random.nextInt(3) == 0) {
                            cancel.cancel(BookingCommand.of(user, mine.remove(random.nextInt(mine.size())).id().toString()));
                        } else {
                            List<Integer> seats = new ArrayList<>(randomSeats(random, 1 + random.nextInt(3)));
                            BookSeatsCommand command = BookSeatsCommand.of(user, show.id().toString(), null, seats);
                            Booking booking = (random.nextBoolean() ? bookSeats.hold(command) : bookSeats.book(command)).booking();
                            if (booking.status() != BookingStatus.FAILED) {
                                mine.add(booking);
                            }
                        }
                        writes.incrementAndGet();
                        int finished = done.incrementAndGet();
                        if (finished == THREADS * OPERATIONS / 3) {
                            third.countDown();
                        } else if (finished == THREADS * OPERATIONS / 2) {
                            half.countDown();
                        }
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
        }
        third.await();
        follow.follow(FollowSeatMapQuery.from(show.id()), joiner);
        half.await();
        dropperFollowing.stop();
        sleep(50);
        // the client kept its map and its last event id, and reconnects with it
        Follower resumed = dropper.resumedCopy();
        long dropperVersion = resumed.version;
        follow.follow(new FollowSeatMapQuery(show.id(), OptionalLong.of(dropperVersion)), resumed);

        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        racing.set(false);
        polling.join();
        // every write has committed: two more polls read the last of them
        poller.pollOnce();
        poller.pollOnce();

        assertThat(errors).isEmpty();
        Set<Integer> truth = new TreeSet<>(database.strings("""
                SELECT seat_number FROM seat_allocations
                WHERE show_id = '%s' AND (expires_at IS NULL OR expires_at > now())""".formatted(show.id()))
                .stream().map(Integer::valueOf).toList());
        System.out.printf("[feed] %d writes by %d threads; %d seats taken at the end; followers got %d / %d / %d events (%d resumed)%n",
                writes.get(), THREADS, truth.size(), fromTheStart.events, joiner.events, dropper.events, resumed.events);
        assertThat(truth).as("the race left seats taken and free").isNotEmpty().hasSizeLessThan(SEATS);
        assertThat(fromTheStart.reserved).as("follower from the start").isEqualTo(truth);
        assertThat(joiner.reserved).as("follower that joined mid-way").isEqualTo(truth);
        assertThat(resumed.reserved).as("follower that resumed from version " + dropperVersion).isEqualTo(truth);
        assertThat(resumed.snapshots).as("resumed without a snapshot").isZero();
        for (Follower follower : List.of(fromTheStart, joiner, dropper, resumed)) {
            assertThat(follower.backwards).as("versions only grow").isZero();
            assertThat(follower.lost).isFalse();
        }
        assertThat(fromTheStart.events).as("it saw the race").isGreaterThan(10);
    }

    private static Set<Integer> randomSeats(Random random, int count) {
        Set<Integer> seats = new TreeSet<>();
        while (seats.size() < count) {
            seats.add(1 + random.nextInt(SEATS));
        }
        return seats;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps a seat map from the events, as a browser would. */
    private static final class Follower implements SeatMapListener {
        final Set<Integer> reserved = new TreeSet<>();
        long version = -1;
        int events;
        int snapshots;
        int backwards;
        boolean lost;

        @Override
        public synchronized void snapshot(SeatMapSnapshot snapshot) {
            reserved.clear();
            snapshot.seatMap().reserved().stream().forEach(reserved::add);
            version = snapshot.version();
            snapshots++;
            events++;
        }

        @Override
        public synchronized void changed(SeatMapChange change) {
            if (change.version() <= version) {
                backwards++;
                return;
            }
            version = change.version();
            change.reserved().stream().forEach(reserved::add);
            change.released().stream().forEach(reserved::remove);
            events++;
        }

        @Override
        public synchronized void lost() {
            lost = true;
        }

        synchronized Follower resumedCopy() {
            Follower copy = new Follower();
            copy.reserved.addAll(reserved);
            copy.version = version;
            return copy;
        }
    }
}
