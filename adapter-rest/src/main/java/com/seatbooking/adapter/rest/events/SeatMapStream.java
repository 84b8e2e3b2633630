package com.seatbooking.adapter.rest.events;

import com.seatbooking.application.port.in.FollowSeatMapUseCase.Following;
import com.seatbooking.application.port.in.SeatMapChange;
import com.seatbooking.application.port.in.SeatMapListener;
import com.seatbooking.application.port.in.SeatMapSnapshot;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * One client's event stream. Events that come before Quarkus subscribed to the stream (the snapshot
 * comes while the request is still being handled) wait here, in order.
 */
final class SeatMapStream implements SeatMapListener {

    private final SeatMapStreams streams;
    private MultiEmitter<? super OutboundSseEvent> emitter;
    private List<OutboundSseEvent> waiting = new ArrayList<>();
    private Following following;
    private boolean ended;

    SeatMapStream(SeatMapStreams streams) {
        this.streams = streams;
    }

    void following(Following following) {
        this.following = following;
    }

    @Override
    public synchronized void snapshot(SeatMapSnapshot snapshot) {
        send(streams.snapshotEvent(snapshot));
    }

    @Override
    public synchronized void changed(SeatMapChange change) {
        send(streams.seatsEvent(change));
    }

    @Override
    public synchronized void lost() {
        end();
    }

    synchronized void heartbeat() {
        send(streams.heartbeatEvent());
    }

    /** Ends the stream with a hint to reconnect soon (the client resumes from its last event id). */
    synchronized void end() {
        if (ended) {
            return;
        }
        send(streams.reconnectEvent());
        ended = true;
        if (emitter != null) {
            emitter.complete();
        }
    }

    synchronized void attach(MultiEmitter<? super OutboundSseEvent> subscriber) {
        emitter = subscriber;
        subscriber.onTermination(this::terminated);
        waiting.forEach(subscriber::emit);
        streams.sent(waiting.size());
        waiting = null;
        if (ended) {
            subscriber.complete();
        }
    }

    private void send(OutboundSseEvent event) {
        if (ended) {
            return;
        }
        if (emitter == null) {
            waiting.add(event);
        } else {
            emitter.emit(event);
            streams.sent(1);
        }
    }

    /** The client went away, or the stream ended: no more changes for it. */
    private void terminated() {
        if (following != null) {
            following.stop();
        }
        streams.closed(this);
    }
}
