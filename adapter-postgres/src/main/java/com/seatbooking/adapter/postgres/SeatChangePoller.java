package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.in.SeatMapChange;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the change log every {@code feed.poll-interval} on a thread of its own (never a request's):
 * drops the changed shows from this instance's seat-map cache, then hands the changes to the
 * followers here ({@link PostgresSeatMapFeed}). Starts from the watermark of the moment it starts
 * (followers start from a snapshot anyway); when the database is away it keeps its watermark and
 * tries again, so nothing committed in between is missed. Another thread prunes the log every
 * {@code feed.prune-interval}; one instance at a time does the work.
 */
@ApplicationScoped
class SeatChangePoller {

    private static final Logger LOG = Logger.getLogger(SeatChangePoller.class);
    private static final int PRUNE_BATCH = 5_000;
    private static final long QUIET_LOG_MILLIS = 60_000;

    private final SeatChangeLog log;
    private final PostgresSeatMapFeed feed;
    private final SeatMapCache seatMaps;
    private final Duration interval;
    private final Duration retention;
    private final Duration pruneInterval;
    private final Timer lag;
    private final Counter changes;
    private final AtomicLong lastPollMillis = new AtomicLong();
    private long watermark = -1;
    private long lastFailureLogged;
    private ScheduledExecutorService poller;
    private ScheduledExecutorService pruner;

    SeatChangePoller(SeatChangeLog log, PostgresSeatMapFeed feed, SeatMapCache seatMaps, MeterRegistry registry,
            @ConfigProperty(name = "feed.poll-interval", defaultValue = "50ms") Duration interval,
            @ConfigProperty(name = "feed.retention", defaultValue = "10m") Duration retention,
            @ConfigProperty(name = "feed.prune-interval", defaultValue = "1m") Duration pruneInterval) {
        this.log = log;
        this.feed = feed;
        this.seatMaps = seatMaps;
        this.interval = interval;
        this.retention = retention;
        this.pruneInterval = pruneInterval;
        this.lag = Timer.builder("seatbooking.feed.lag")
                .description("From the start of a transaction that changed seats to this instance reading its change (per show and poll)")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        this.changes = Counter.builder("seatbooking.feed.changes")
                .description("Seat-map changes read from the change log (per show and poll)")
                .register(registry);
        Gauge.builder("seatbooking.feed.poll.age", lastPollMillis, last -> last.get() == 0 ? 0 : (System.currentTimeMillis() - last.get()) / 1000.0)
                .description("Seconds since the last poll of the change log that succeeded")
                .baseUnit("seconds")
                .register(registry);
    }

    void start(@Observes StartupEvent started) {
        if (!feed.enabled()) {
            LOG.info("The live seat map is off (feed.enabled=false): no change log, no polling");
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "seat-change-poller"));
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        pruner = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "seat-change-pruner"));
        pruner.scheduleWithFixedDelay(this::pruneQuietly, pruneInterval.toMillis(), pruneInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (poller != null) {
            poller.shutdownNow();
            pruner.shutdownNow();
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private void pollQuietly() {
        try {
            pollOnce();
            lastPollMillis.set(System.currentTimeMillis());
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            if (now - lastFailureLogged > QUIET_LOG_MILLIS) {
                lastFailureLogged = now;
                LOG.warnf("Reading the seat change log failed (%s); trying again every %d ms, from where it stopped", e.getMessage(),
                        interval.toMillis());
            }
        }
    }

    /** One poll; only ever called by the poller's thread (and tests, while it is off). */
    synchronized void pollOnce() {
        if (watermark < 0) {
            watermark = log.watermark();
            return;
        }
        SeatChangeLog.Batch batch = log.poll(watermark);
        if (batch.prunedThrough() >= watermark) {
            LOG.warnf("The seat change log was pruned past this instance's watermark (%d <= %d): every follower starts over",
                    watermark, batch.prunedThrough());
            seatMaps.forgetAll();
            feed.lostTrack();
            watermark = batch.watermark();
            return;
        }
        // first the cache, then the followers: whoever starts following after a delivery reads a map that holds it
        batch.changes().forEach(change -> seatMaps.changed(change.showId()));
        for (int i = 0; i < batch.changes().size(); i++) {
            SeatMapChange change = batch.changes().get(i);
            feed.deliver(change);
            lag.record(Duration.ofNanos((long) (batch.lagSeconds().get(i) * 1e9)));
            changes.increment();
        }
        watermark = batch.watermark();
    }

    private void pruneQuietly() {
        try {
            long pruned = log.prune(retention, PRUNE_BATCH);
            if (pruned > 0) {
                LOG.debugf("Pruned %d seat change(s) older than %s", pruned, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Pruning the seat change log failed (%s); the next run tries again", e.getMessage());
        }
    }
}
