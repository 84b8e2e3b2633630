package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.ReservedSeats;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The reserved seats of each show, as last read, with the version of the seat map they are, so that
 * seat-map reads need no round trip.
 * <ul>
 * <li>An entry stays valid until the earliest deadline of the holds in it (a hold stops blocking
 * its seats then, with no write to tell), and at most {@link #MAX_AGE}.</li>
 * <li>Every committed write that changes a show's allocations, through this instance, drops its entry
 * and bumps the show's generation; so does every change made through another instance, when
 * {@link SeatChangePoller} reads it from the change log (one poll later, about 50 ms). {@link #MAX_AGE}
 * is only the backstop for when the poller cannot keep up. A read stores its result only if the generation did not move
 * while it ran, so a read that raced a write can never put back the map from before it: after
 * one's own booking the next read is fresh.</li>
 * <li>One read of a show at a time: readers that miss while a read started after the latest change
 * is under way wait for it instead of all querying at once (no stampede when a popular map
 * expires or changes).</li>
 * <li>Reads inside a transaction bypass the cache: they may see that transaction's own writes.</li>
 * </ul>
 */
@ApplicationScoped
class SeatMapCache {

    static final Duration MAX_AGE = Duration.ofMillis(250);
    /** Past this many shows the cache starts over, which keeps it bounded. */
    static final int LIMIT = 10_000;

    /** What a read of the database returns: the reserved seats, the earliest hold deadline among them, the version. */
    record Reserved(SeatNumbers seats, Instant earliestDeadline, long version) {
    }

    private record Entry(ReservedSeats reserved, Instant validUntil) {
    }

    /** A read under way, and the generation of the show when it started. */
    private record Load(long generation, CompletableFuture<Entry> result) {
    }

    private final Map<ShowId, Entry> entries = new ConcurrentHashMap<>();
    private final Map<ShowId, Load> loads = new ConcurrentHashMap<>();
    private final Map<ShowId, Long> generations = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;

    SeatMapCache(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    ReservedSeats reservedSeats(ShowId show, Instant now, Supplier<Reserved> read) {
        if (Transactions.open()) {
            Reserved fresh = read.get();
            return new ReservedSeats(fresh.seats(), fresh.version());
        }
        Entry cached = entries.get(show);
        if (cached != null && now.isBefore(cached.validUntil())) {
            return cached.reserved();
        }
        long generation = generations.getOrDefault(show, 0L);
        Load mine = new Load(generation, new CompletableFuture<>());
        // join a read of the current generation if one is under way, else be that read
        Load running = loads.compute(show, (key, current) -> current != null && current.generation() == generation ? current : mine);
        if (running != mine) {
            Entry shared = awaited(running);
            if (now.isBefore(shared.validUntil())) {
                return shared.reserved();
            }
        }
        try {
            Entry fresh = load(show, now, generation, read);
            mine.result().complete(fresh);
            return fresh.reserved();
        } catch (RuntimeException e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            loads.remove(show, mine);
        }
    }

    private static Entry awaited(Load load) {
        try {
            return load.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Entry load(ShowId show, Instant now, long generation, Supplier<Reserved> read) {
        Reserved fresh = read.get();
        Instant validUntil = now.plus(MAX_AGE);
        if (fresh.earliestDeadline() != null && fresh.earliestDeadline().isBefore(validUntil)) {
            validUntil = fresh.earliestDeadline();
        }
        if (entries.size() >= LIMIT) {
            entries.clear();
        }
        Entry entry = new Entry(new ReservedSeats(fresh.seats(), fresh.version()), validUntil);
        // stored only if no write to this show completed while reading; a stale read leaves alone
        // whatever a newer read stored
        entries.compute(show, (key, current) -> generations.getOrDefault(show, 0L) == generation ? entry : current);
        return entry;
    }

    /** The show's allocations changed: now if nothing is pending, else once the transaction has ended. */
    void changed(ShowId show) {
        if (Transactions.open()) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        forget(show);
                    }
                }
            });
        } else {
            forget(show);
        }
    }

    /** Every entry may be stale: the change log lost track ({@link SeatChangePoller}). */
    void forgetAll() {
        generations.replaceAll((show, generation) -> generation + 1);
        entries.clear();
    }

    private void forget(ShowId show) {
        generations.merge(show, 1L, Long::sum);
        entries.remove(show);
    }
}
