package com.seatbooking.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The live seat map's API tests again, on the in-memory adapters. Their feed keeps no change log, so
 * a client that reconnects gets a snapshot (which holds what it missed) rather than the changes.
 */
@QuarkusTest
@TestProfile(InMemoryProfile.class)
class ShowEventsApiInMemoryTest extends ShowEventsApiTest {

    @Test
    @Override
    void aClientThatReconnectsWithLastEventIdGetsWhatItMissed() {
        long seen;
        try (EventStream stream = EventStream.open(show)) {
            seen = stream.next(SOON).version();
        }
        Api.book(show, "alice", 5).then().statusCode(201);

        try (EventStream resumed = EventStream.open("/shows/" + show + "/events", Map.of("Last-Event-ID", Long.toString(seen)))) {
            EventStream.Event first = resumed.next(SOON);
            assertThat(first.name()).isEqualTo("snapshot");
            assertThat(first.ints("reservedSeats")).containsExactly(5);
            assertThat(first.version()).isGreaterThan(seen);
        }
    }

    @Test
    @Override
    void anUnknownTooOldOrGarbledLastEventIdGetsAFreshSnapshot() {
        Api.book(show, "alice", 1).then().statusCode(201);
        for (String id : List.of("1", "999999999999999", "not-a-number")) {
            try (EventStream stream = EventStream.open("/shows/" + show + "/events", Map.of("Last-Event-ID", id))) {
                EventStream.Event first = stream.next(SOON);
                assertThat(first.name()).as("after " + id).isEqualTo("snapshot");
                assertThat(first.ints("reservedSeats")).containsExactly(1);
            }
        }
    }
}
