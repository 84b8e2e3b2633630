package com.seatbooking.adapter.rest;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events client for tests: reads a stream on a thread of its own, event by event. */
final class EventStream implements AutoCloseable {

    /** One event as the wire has it; {@code comment} for comment lines, {@code retry} when a hint came. */
    record Event(String name, String id, String data, String comment, Long retry) {

        JsonPath json() {
            return new JsonPath(data);
        }

        long version() {
            return Long.parseLong(id);
        }

        List<Integer> ints(String field) {
            return json().getList(field, Integer.class);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean ended;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        try {
            return new EventStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static EventStream open(String showId) {
        return open("/shows/" + showId + "/events", Map.of());
    }

    int status() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The next event that is not a comment, waiting up to {@code timeout}; fails when none comes. */
    Event next(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = poll(deadline);
            if (event == null) {
                throw new AssertionError("no event within " + timeout + (ended ? " (the stream ended)" : ""));
            }
            if (event.comment() == null || event.retry() != null) {
                return event;
            }
        }
    }

    /** The next comment line. */
    Event nextComment(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = poll(deadline);
            if (event == null) {
                throw new AssertionError("no comment within " + timeout);
            }
            if (event.comment() != null) {
                return event;
            }
        }
    }

    /** Everything that arrived so far, comments left out. */
    List<Event> drain() {
        List<Event> all = new ArrayList<>();
        events.drainTo(all);
        return all.stream().filter(event -> event.comment() == null).toList();
    }

    boolean ended() {
        return ended;
    }

    private Event poll(long deadline) {
        try {
            return events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void read() {
        String name = null;
        String id = null;
        StringBuilder data = null;
        String comment = null;
        Long retry = null;
        try {
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.isEmpty()) {
                    if (name != null || id != null || data != null || comment != null || retry != null) {
                        events.add(new Event(name, id, data == null ? null : data.toString(), comment, retry));
                    }
                    name = null;
                    id = null;
                    data = null;
                    comment = null;
                    retry = null;
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                switch (field) {
                    case "" -> comment = value;
                    case "event" -> name = value;
                    case "id" -> id = value;
                    case "retry" -> retry = Long.parseLong(value);
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    default -> {
                    }
                }
            }
        } catch (RuntimeException e) {
            // closed
        } finally {
            ended = true;
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
