package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.ShowName;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One page of the show list: which shows ({@code when} relative to now, a start-time range, a
 * name search), how many, and after which show. Upcoming and all shows come soonest first, past
 * ones most recent first; ties by id.
 *
 * @param from        shows starting at or after this; null: no lower bound
 * @param to          shows starting before this; null: no upper bound
 * @param searchKey   the name search as {@link ShowName#searchKey(String)} has it; null: every name
 * @param after       where the previous page ended; null for the first page
 */
public record ListShowsQuery(When when, Instant from, Instant to, String searchKey, int limit, ShowCursor after) {

    public enum When {
        UPCOMING, PAST, ALL
    }

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_SEARCH_LENGTH = 200;

    public ListShowsQuery {
        Objects.requireNonNull(when, "when");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit);
        }
        if (searchKey != null && searchKey.isEmpty()) {
            searchKey = null;
        }
    }

    /** The first page of upcoming shows, as the plain list has always answered. */
    public static ListShowsQuery firstPage() {
        return new ListShowsQuery(When.UPCOMING, null, null, null, DEFAULT_LIMIT, null);
    }

    /** Validates raw input, reporting every problem at once. */
    public static ListShowsQuery of(String when, Instant from, Instant to, String search, Integer limit, String cursor) {
        Violations violations = new Violations();
        When which = When.UPCOMING;
        if (when != null) {
            try {
                which = When.valueOf(when.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add("when", "must be upcoming, past or all, got " + when);
            }
        }
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add("to", "must be after from");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            violations.add("limit", "must be between 1 and " + MAX_LIMIT + ", got " + size);
        }
        String key = null;
        if (search != null) {
            if (search.length() > MAX_SEARCH_LENGTH) {
                violations.add("q", "must be at most " + MAX_SEARCH_LENGTH + " characters");
            } else {
                key = ShowName.searchKey(search);
            }
        }
        ShowCursor after = cursor == null ? null : violations.check(() -> ShowCursor.parse(cursor));
        violations.throwIfAny();
        return new ListShowsQuery(which, from, to, key, size, after);
    }

    /** The same query one page further on. */
    public ListShowsQuery next(ShowCursor cursor) {
        return new ListShowsQuery(when, from, to, searchKey, limit, cursor);
    }

    /** Past shows come most recent first. */
    public boolean newestFirst() {
        return when == When.PAST;
    }
}
