package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.BookingStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A page of a show's bookings, newest first (ties by id), filtered by status (empty: every status)
 * and by the owner's username (null: anyone's).
 *
 * @param after where the previous page ended; null for the first page
 */
public record ListShowBookingsQuery(Actor actor, ShowId showId, Set<BookingStatus> statuses, Username owner, int limit,
        BookingCursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public ListShowBookingsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(showId, "showId");
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        // pages asked for over the API are at most MAX_LIMIT (checked by of); an export reads bigger ones
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    /** Validates raw input, reporting every problem at once. {@code statuses}: a comma-separated list. */
    public static ListShowBookingsQuery of(Actor actor, String showId, String statuses, String user, Integer limit, String cursor) {
        Violations violations = new Violations();
        ShowId id = violations.check(() -> ShowId.parse(showId));
        Set<BookingStatus> wanted = EnumSet.noneOf(BookingStatus.class);
        if (statuses != null) {
            for (String raw : statuses.split(",")) {
                String name = raw.trim().toUpperCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    wanted.add(BookingStatus.valueOf(name));
                } catch (IllegalArgumentException e) {
                    violations.add("status", "must be a comma-separated list of " + EnumSet.allOf(BookingStatus.class) + ", got " + raw.trim());
                }
            }
        }
        Username owner = null;
        if (user != null && !user.isBlank()) {
            if (Username.isValid(user.trim())) {
                owner = new Username(user.trim());
            } else {
                violations.add("user", "is not a username (3 to 64 of A-Z, a-z, 0-9, '.', '_' and '-'), got " + user.trim());
            }
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            violations.add("limit", "must be between 1 and " + MAX_LIMIT + ", got " + size);
        }
        BookingCursor after = cursor == null ? null : violations.check(() -> BookingCursor.parse(cursor));
        violations.throwIfAny();
        return new ListShowBookingsQuery(actor, id, wanted, owner, size, after);
    }

    /** The same query one page further on, with another page size. */
    public ListShowBookingsQuery next(BookingCursor cursor, int pageSize) {
        return new ListShowBookingsQuery(actor, showId, statuses, owner, pageSize, cursor);
    }
}
