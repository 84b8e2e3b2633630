package com.seatbooking.adapter.rest;

import com.seatbooking.application.port.in.InvalidCommandException;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Query parameters arrive as text: one that does not read is a 400 naming it, not a 404 as JAX-RS would have it. */
final class QueryParams {

    private QueryParams() {
    }

    static Integer wholeNumber(String name, String raw, int max) {
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw InvalidCommandException.of(name, "must be a whole number between 1 and " + max + ", got " + raw);
        }
    }

    /** An ISO-8601 date-time with an offset (2027-03-14T19:30:00Z). */
    static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidCommandException.of(name, "must be an ISO-8601 date-time with an offset, such as 2027-03-14T19:30:00Z; got " + raw);
        }
    }

    /** This request's URI (path and query) with another cursor, or none (the first page). */
    static String pageUri(UriInfo uri, String cursor) {
        UriBuilder builder = uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor == null ? new Object[0] : new Object[] {cursor});
        var built = builder.build();
        return built.getRawPath() + (built.getRawQuery() == null ? "" : "?" + built.getRawQuery());
    }
}
