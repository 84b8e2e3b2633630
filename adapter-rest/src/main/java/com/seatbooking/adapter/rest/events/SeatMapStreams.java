package com.seatbooking.adapter.rest.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.seatbooking.adapter.rest.dto.SeatMapSnapshotEvent;
import com.seatbooking.adapter.rest.dto.SeatsChangedEvent;
import com.seatbooking.application.port.StoreUnavailableException;
import com.seatbooking.application.port.in.FollowSeatMapQuery;
import com.seatbooking.application.port.in.FollowSeatMapUseCase;
import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.application.port.in.SeatMapSnapshot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every open event stream of this instance ({@code GET /shows/{id}/events}). No thread per client:
 * a stream is a Mutiny {@link Multi} that Quarkus writes out as events arrive, on whichever thread
 * delivers them. Heartbeats keep idle connections open through proxies; at shutdown every stream
 * ends with a {@code retry} hint, so clients reconnect (through the load balancer: to another
 * instance) and resume from their last event id.
 */
@ApplicationScoped
public class SeatMapStreams {

    private static final Logger LOG = Logger.getLogger(SeatMapStreams.class);
    /** A client this many events behind (a stalled connection) loses its stream and reconnects. */
    static final int CLIENT_BUFFER = 512;

    private record Built(SeatMapChange change, OutboundSseEvent event) {
    }

    private final FollowSeatMapUseCase followSeatMap;
    private final ObjectMapper json;
    private final Duration heartbeat;
    private final Duration reconnectAfter;
    private final Set<SeatMapStream> open = ConcurrentHashMap.newKeySet();
    private final Counter sent;
    private final ScheduledExecutorService heartbeats;
    private volatile Sse sse;
    private volatile boolean closing;
    /** The last change's event: every follower of the show gets the same instance, serialized once. */
    private volatile Built lastBuilt;

    SeatMapStreams(FollowSeatMapUseCase followSeatMap, ObjectMapper json, MeterRegistry registry,
            @ConfigProperty(name = "feed.heartbeat", defaultValue = "15s") Duration heartbeat,
            @ConfigProperty(name = "feed.reconnect-after", defaultValue = "1s") Duration reconnectAfter) {
        this.followSeatMap = followSeatMap;
        this.json = json;
        this.heartbeat = heartbeat;
        this.reconnectAfter = reconnectAfter;
        this.sent = Counter.builder("seatbooking.feed.events.sent")
                .description("Server-sent events written to live seat-map streams (snapshots, changes, heartbeats)")
                .register(registry);
        Gauge.builder("seatbooking.feed.subscribers", open, Set::size)
                .description("Open live seat-map streams on this instance")
                .register(registry);
        heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "seat-map-heartbeats");
            thread.setDaemon(true);
            return thread;
        });
        heartbeats.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A new stream: the snapshot (or what was missed) is in it before this returns; throws as the use case does. */
    public Multi<OutboundSseEvent> open(FollowSeatMapQuery query, Sse events) {
        if (closing) {
            throw new StoreUnavailableException("This instance is shutting down; another one serves live seat maps",
                    reconnectAfter, null);
        }
        sse = events;
        SeatMapStream stream = new SeatMapStream(this);
        stream.following(followSeatMap.follow(query, stream));
        open.add(stream);
        return Multi.createFrom().<OutboundSseEvent>emitter(stream::attach, BackPressureStrategy.ERROR)
                .onOverflow().buffer(CLIENT_BUFFER);
    }

    OutboundSseEvent snapshotEvent(SeatMapSnapshot snapshot) {
        return sse.newEventBuilder().name("snapshot").id(Long.toString(snapshot.version()))
                .data(String.class, write(SeatMapSnapshotEvent.from(snapshot))).build();
    }

    OutboundSseEvent seatsEvent(SeatMapChange change) {
        Built last = lastBuilt;
        if (last != null && last.change() == change) {
            return last.event();
        }
        OutboundSseEvent event = sse.newEventBuilder().name("seats").id(Long.toString(change.version()))
                .data(String.class, write(SeatsChangedEvent.from(change))).build();
        lastBuilt = new Built(change, event);
        return event;
    }

    OutboundSseEvent heartbeatEvent() {
        return sse.newEventBuilder().comment(" heartbeat").build();
    }

    OutboundSseEvent reconnectEvent() {
        return sse.newEventBuilder().comment(" reconnect").reconnectDelay(reconnectAfter.toMillis()).build();
    }

    void sent(int events) {
        sent.increment(events);
    }

    void closed(SeatMapStream stream) {
        open.remove(stream);
    }

    /** How many streams are open here. */
    public int subscribers() {
        return open.size();
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an event", e);
        }
    }

    private void beat() {
        try {
            List.copyOf(open).forEach(SeatMapStream::heartbeat);
        } catch (RuntimeException e) {
            LOG.warn("Sending heartbeats failed", e);
        }
    }

    /** Shutdown begins: end every stream with a retry hint before the server drains requests. */
    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent shuttingDown) {
        endAll();
    }

    void onShutdown(@Observes ShutdownEvent shuttingDown) {
        endAll();
        heartbeats.shutdownNow();
    }

    private void endAll() {
        closing = true;
        List<SeatMapStream> streams = List.copyOf(open);
        if (!streams.isEmpty()) {
            LOG.infof("Ending %d live seat-map stream(s); their clients reconnect in %d ms", streams.size(), reconnectAfter.toMillis());
        }
        streams.forEach(SeatMapStream::end);
    }
}
