package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.StoreUnavailableException;
import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.application.port.out.SeatMapFeed;
import com.seatbooking.domain.ShowId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The live seat map of this instance: who follows which show (a set per show, made on its first
 * follower and dropped with its last), fed by {@link SeatChangePoller} from the change log that every
 * instance's writes fill, so followers here see changes made through any instance.
 */
@ApplicationScoped
class PostgresSeatMapFeed implements SeatMapFeed {

    private static final Logger LOG = Logger.getLogger(PostgresSeatMapFeed.class);

    private final Map<ShowId, Set<Listener>> followers = new ConcurrentHashMap<>();
    private final SeatChangeLog log;
    private final boolean enabled;

    PostgresSeatMapFeed(SeatChangeLog log, @ConfigProperty(name = "feed.enabled", defaultValue = "true") boolean enabled) {
        this.log = log;
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    @Override
    public Subscription subscribe(ShowId showId, Listener listener) {
        if (!enabled) {
            throw new StoreUnavailableException("The live seat map is switched off on this server; read the seat map instead",
                    Duration.ofMinutes(1), null);
        }
        followers.compute(showId, (show, set) -> {
            Set<Listener> listeners = set != null ? set : ConcurrentHashMap.newKeySet();
            listeners.add(listener);
            return listeners;
        });
        return () -> followers.computeIfPresent(showId, (show, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public Optional<List<SeatMapChange>> changesSince(ShowId showId, long version) {
        return enabled ? log.since(showId, version) : Optional.empty();
    }

    /** Passes a change on to the show's followers here. */
    void deliver(SeatMapChange change) {
        for (Listener listener : followers.getOrDefault(change.showId(), Set.of())) {
            try {
                listener.changed(change);
            } catch (RuntimeException e) {
                LOG.warnf(e, "A follower of show %s failed to take a change", change.showId());
            }
        }
    }

    /** The poller lost track of changes: every follower must start over. */
    void lostTrack() {
        List<Listener> all = new ArrayList<>();
        followers.values().forEach(all::addAll);
        followers.clear();
        all.forEach(listener -> {
            try {
                listener.lost();
            } catch (RuntimeException e) {
                LOG.warn("A follower failed to take the news that the feed lost track", e);
            }
        });
    }

    /** How many follow some show here. */
    int followers() {
        return followers.values().stream().mapToInt(Set::size).sum();
    }

    /** How many shows are followed here. */
    int followedShows() {
        return followers.size();
    }
}
