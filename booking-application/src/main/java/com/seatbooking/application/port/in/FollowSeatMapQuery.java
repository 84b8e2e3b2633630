package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Follow a show's seat map; {@code lastSeenVersion}: the version a follower that reconnects already
 * has (an SSE client's Last-Event-ID), to get only what it missed.
 */
public record FollowSeatMapQuery(ShowId showId, OptionalLong lastSeenVersion) {

    public FollowSeatMapQuery {
        Objects.requireNonNull(showId, "showId");
        Objects.requireNonNull(lastSeenVersion, "lastSeenVersion");
    }

    public static FollowSeatMapQuery from(ShowId showId) {
        return new FollowSeatMapQuery(showId, OptionalLong.empty());
    }

    /** A version that is not a non-negative number is as good as none: the follower gets a snapshot. */
    public static FollowSeatMapQuery resuming(ShowId showId, String lastSeenVersion) {
        if (lastSeenVersion == null || lastSeenVersion.isBlank()) {
            return from(showId);
        }
        try {
            long version = Long.parseLong(lastSeenVersion.trim());
            return new FollowSeatMapQuery(showId, version >= 0 ? OptionalLong.of(version) : OptionalLong.empty());
        } catch (NumberFormatException e) {
            return from(showId);
        }
    }
}
