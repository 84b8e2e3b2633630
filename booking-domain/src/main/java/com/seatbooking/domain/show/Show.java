package com.seatbooking.domain.show;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.venue.Layout;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something people book seats for (a concert, a bus trip). Seats are numbered 1..totalSeats. A show
 * may set its own limit on the seats one customer may hold or book of it; without one the
 * installation's default applies. A show may have a {@link Layout} (sections, rows, aisles, prices);
 * its seats are still numbered 1..totalSeats, row by row. Without one it has the plain layout: one
 * row, no labels, no prices. Immutable: its verbs ({@link #rename}, {@link #reschedule},
 * {@link #resize}, {@link #cancel}) return the show as it is after the change. {@code version} is
 * the version it was stored at (the store counts it up with every change, and refuses a change made
 * to an older version).
 */
public final class Show {

    public static final int MAX_SEATS = 100_000;

    private final ShowId id;
    private final ShowName name;
    private final Instant startTime;
    private final int totalSeats;
    /** Null: the installation's default limit applies. */
    private final Integer maxSeatsPerCustomer;
    /** Null: the show was given no layout. */
    private final Layout layout;
    private final Layout seating;
    private final ShowStatus status;
    /** When it was cancelled; null while SCHEDULED. */
    private final Instant cancelledAt;
    private final long version;

    private Show(ShowId id, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer, Layout layout,
            ShowStatus status, Instant cancelledAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        if (startTime == null) {
            throw new InvariantViolation("startTime", "is required");
        }
        this.startTime = startTime;
        this.totalSeats = requireSeatCount(totalSeats);
        this.maxSeatsPerCustomer = maxSeatsPerCustomer == null ? null : requireSeatLimit(maxSeatsPerCustomer);
        if (layout != null && layout.totalSeats() != totalSeats) {
            throw new InvariantViolation("totalSeats", "must be the layout's seat count, " + layout.totalSeats() + ", got " + totalSeats);
        }
        this.layout = layout;
        this.seating = layout != null ? layout : Layout.plain(this.totalSeats);
        this.status = Objects.requireNonNull(status, "status");
        if ((status == ShowStatus.CANCELLED) != (cancelledAt != null)) {
            throw new IllegalArgumentException("a show has a cancellation time exactly when it is CANCELLED");
        }
        this.cancelledAt = cancelledAt;
        if (version < 0) {
            throw new IllegalArgumentException("version " + version);
        }
        this.version = version;
    }

    /** A new show; it must start in the future. */
    public static Show create(ShowId id, ShowName name, Instant startTime, int totalSeats, Instant now) {
        return create(id, name, startTime, totalSeats, null, now);
    }

    /** A new show with its own per-customer seat limit (null: the default applies); it must start in the future. */
    public static Show create(ShowId id, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer, Instant now) {
        Show show = new Show(id, name, startTime, totalSeats, maxSeatsPerCustomer, null, ShowStatus.SCHEDULED, null, 0);
        requireFuture(startTime, now);
        return show;
    }

    /** A new show with a layout, which fixes its seat count; it must start in the future. */
    public static Show create(ShowId id, ShowName name, Instant startTime, Layout layout, Integer maxSeatsPerCustomer, Instant now) {
        if (layout == null) {
            throw new InvariantViolation("layout", "is required");
        }
        Show show = new Show(id, name, startTime, layout.totalSeats(), maxSeatsPerCustomer, layout, ShowStatus.SCHEDULED, null, 0);
        requireFuture(startTime, now);
        return show;
    }

    /** A scheduled show read back from storage, at version 0, with its layout (null when it has none). */
    public static Show restore(ShowId id, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer, Layout layout) {
        return new Show(id, name, startTime, totalSeats, maxSeatsPerCustomer, layout, ShowStatus.SCHEDULED, null, 0);
    }

    /** A scheduled show read back from storage, at version 0. */
    public static Show restore(ShowId id, ShowName name, Instant startTime, int totalSeats) {
        return restore(id, name, startTime, totalSeats, null);
    }

    /** A scheduled show read back from storage, at version 0, with its own seat limit (null when it has none). */
    public static Show restore(ShowId id, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer) {
        return new Show(id, name, startTime, totalSeats, maxSeatsPerCustomer, null, ShowStatus.SCHEDULED, null, 0);
    }

    /** A show read back from storage, as it was stored at {@code version}, with its layout (null when it has none). */
    public static Show restore(ShowId id, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer, Layout layout,
            ShowStatus status, Instant cancelledAt, long version) {
        return new Show(id, name, startTime, totalSeats, maxSeatsPerCustomer, layout, status, cancelledAt, version);
    }

    private static void requireFuture(Instant startTime, Instant now) {
        if (!startTime.isAfter(now)) {
            throw new InvariantViolation("startTime", "must be in the future, got " + startTime);
        }
    }

    /** The show under another name. A cancelled show keeps its name. */
    public Show rename(ShowName newName) {
        requireScheduled("its name can no longer be changed");
        Objects.requireNonNull(newName, "newName");
        return newName.equals(name) ? this : with(newName, startTime, totalSeats);
    }

    /** The show at another time, which must lie in the future (a show cannot be moved into the past, nor started early by this). */
    public Show reschedule(Instant newStartTime, Instant now) {
        requireScheduled("its start time can no longer be changed");
        if (newStartTime == null) {
            throw new InvariantViolation("startTime", "is required");
        }
        if (newStartTime.equals(startTime)) {
            return this;
        }
        requireFuture(newStartTime, now);
        return with(name, newStartTime, totalSeats);
    }

    /**
     * The show with another number of seats: only while nobody ever booked or held one of them
     * ({@code everBooked}: the store knows), since a booking names its seats by number.
     */
    public Show resize(int newTotalSeats, boolean everBooked) {
        requireScheduled("its seats can no longer be changed");
        requireSeatCount(newTotalSeats);
        if (newTotalSeats == totalSeats) {
            return this;
        }
        if (everBooked) {
            throw new ShowHasBookingsException(id, "its number of seats can no longer be changed");
        }
        if (layout != null) {
            throw new InvariantViolation("totalSeats", "is fixed by the show's layout (" + totalSeats + " seats)");
        }
        return with(name, startTime, newTotalSeats);
    }

    /**
     * The show cancelled at {@code now}: it takes no bookings any more, and its bookings are to be
     * cancelled. Cancelling a cancelled show changes nothing.
     */
    public Show cancel(Instant now) {
        if (status == ShowStatus.CANCELLED) {
            return this;
        }
        return new Show(id, name, startTime, totalSeats, maxSeatsPerCustomer, layout, ShowStatus.CANCELLED,
                Objects.requireNonNull(now, "now"), version);
    }

    private Show with(ShowName newName, Instant newStartTime, int newTotalSeats) {
        return new Show(id, newName, newStartTime, newTotalSeats, maxSeatsPerCustomer, layout, status, cancelledAt, version);
    }

    /** Refuses {@code what} (e.g. "its holds cannot be confirmed") on a cancelled show. */
    public void requireScheduled(String what) {
        if (status == ShowStatus.CANCELLED) {
            throw new ShowCancelledException(id, cancelledAt, what);
        }
    }

    /** A per-customer seat limit is at least one seat and at most {@link #MAX_SEATS}. */
    public static int requireSeatLimit(int maxSeatsPerCustomer) {
        if (maxSeatsPerCustomer < 1 || maxSeatsPerCustomer > MAX_SEATS) {
            throw new InvariantViolation("maxSeatsPerCustomer", "must be between 1 and " + MAX_SEATS + ", got " + maxSeatsPerCustomer);
        }
        return maxSeatsPerCustomer;
    }

    public static int requireSeatCount(int totalSeats) {
        if (totalSeats < 1 || totalSeats > MAX_SEATS) {
            throw new InvariantViolation("totalSeats", "must be between 1 and " + MAX_SEATS + ", got " + totalSeats);
        }
        return totalSeats;
    }

    /** Refuses seat numbers this show does not have. */
    public void requireSeatsExist(SeatNumbers seats) {
        SeatNumbers missing = seats.above(totalSeats);
        if (!missing.isEmpty()) {
            throw new InvariantViolation("seats", "seat" + (missing.size() == 1 ? " " : "s ") + missing
                    + (missing.size() == 1 ? " does" : " do") + " not exist: this show has seats 1 to " + totalSeats);
        }
    }

    /** Refuses bookings once the show has started, and of a cancelled show. */
    public void requireOpenForBooking(Instant now) {
        requireScheduled("its seats can no longer be booked or held");
        if (!now.isBefore(startTime)) {
            throw new ShowHasStartedException(id, startTime);
        }
    }

    public ShowId id() {
        return id;
    }

    public ShowName name() {
        return name;
    }

    public Instant startTime() {
        return startTime;
    }

    public int totalSeats() {
        return totalSeats;
    }

    /** The layout the show was given, if any. */
    public Optional<Layout> layout() {
        return Optional.ofNullable(layout);
    }

    /** How its seats are arranged: its layout, else the plain one (a single row 1..totalSeats). */
    public Layout seating() {
        return seating;
    }

    public ShowStatus status() {
        return status;
    }

    public boolean isCancelled() {
        return status == ShowStatus.CANCELLED;
    }

    /** When the show was cancelled, if it was. */
    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    /** The version this show was stored at (0 for a new show). */
    public long version() {
        return version;
    }

    /** The show's own per-customer seat limit, if it has one. */
    public Optional<Integer> maxSeatsPerCustomer() {
        return Optional.ofNullable(maxSeatsPerCustomer);
    }

    /** How many seats one customer may hold or book of this show: its own limit, else {@code defaultLimit}. */
    public int seatLimit(int defaultLimit) {
        return maxSeatsPerCustomer == null ? defaultLimit : maxSeatsPerCustomer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Show other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Show[" + id + ", " + name + ", " + startTime + ", " + totalSeats + " seats, " + status + ", v" + version + "]";
    }
}
