package com.seatbooking.domain.show;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.venue.Layout;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something people book seats for (a concert, a bus trip). Seats are numbered 1..totalSeats.
 * Immutable once created, which is what lets readers cache it freely. A show may set its own limit
 * on the seats one customer may hold or book of it; without one the installation's default applies.
 * A show may have a {@link Layout} (sections, rows, aisles, prices); its seats are still numbered
 * 1..totalSeats, row by row. Without one it has the plain layout: one row, no labels, no prices.
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

    private Show(ShowId id, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer) {
        this(id, name, startTime, totalSeats, maxSeatsPerCustomer, null);
    }

    private Show(ShowId id, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer, Layout layout) {
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
    }

    /** A new show; it must start in the future. */
    public static Show create(ShowId id, ShowName name, Instant startTime, int totalSeats, Instant now) {
        return create(id, name, startTime, totalSeats, null, now);
    }

    /** A new show with its own per-customer seat limit (null: the default applies); it must start in the future. */
    public static Show create(ShowId id, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer, Instant now) {
        Show show = new Show(id, name, startTime, totalSeats, maxSeatsPerCustomer);
        if (!startTime.isAfter(now)) {
            throw new InvariantViolation("startTime", "must be in the future, got " + startTime);
        }
        return show;
    }

    /** A new show with a layout (null: none), which fixes its seat count; it must start in the future. */
    public static Show create(ShowId id, ShowName name, Instant startTime, Layout layout, Integer maxSeatsPerCustomer, Instant now) {
        if (layout == null) {
            throw new InvariantViolation("layout", "is required");
        }
        Show show = new Show(id, name, startTime, layout.totalSeats(), maxSeatsPerCustomer, layout);
        if (!startTime.isAfter(now)) {
            throw new InvariantViolation("startTime", "must be in the future, got " + startTime);
        }
        return show;
    }

    /** A show read back from storage, with its layout (null when it has none). */
    public static Show restore(ShowId id, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer, Layout layout) {
        return new Show(id, name, startTime, totalSeats, maxSeatsPerCustomer, layout);
    }

    /** A show read back from storage. */
    public static Show restore(ShowId id, ShowName name, Instant startTime, int totalSeats) {
        return new Show(id, name, startTime, totalSeats, null);
    }

    /** A show read back from storage, with its own seat limit (null when it has none). */
    public static Show restore(ShowId id, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer) {
        return new Show(id, name, startTime, totalSeats, maxSeatsPerCustomer);
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

    /** Refuses bookings once the show has started. */
    public void requireOpenForBooking(Instant now) {
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
        return "Show[" + id + ", " + name + ", " + startTime + ", " + totalSeats + " seats]";
    }
}
