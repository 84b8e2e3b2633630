package com.seatbooking.domain.show;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Instant;
import java.util.Objects;

/**
 * Something people book seats for (a concert, a bus trip). Seats are numbered 1..totalSeats.
 * Immutable once created, which is what lets readers cache it freely.
 */
public final class Show {

    public static final int MAX_SEATS = 100_000;

    private final ShowId id;
    private final ShowName name;
    private final Instant startTime;
    private final int totalSeats;

    private Show(ShowId id, ShowName name, Instant startTime, int totalSeats) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        if (startTime == null) {
            throw new InvariantViolation("startTime", "is required");
        }
        this.startTime = startTime;
        this.totalSeats = requireSeatCount(totalSeats);
    }

    /** A new show; it must start in the future. */
    public static Show create(ShowId id, ShowName name, Instant startTime, int totalSeats, Instant now) {
        Show show = new Show(id, name, startTime, totalSeats);
        if (!startTime.isAfter(now)) {
            throw new InvariantViolation("startTime", "must be in the future, got " + startTime);
        }
        return show;
    }

    /** A show read back from storage. */
    public static Show restore(ShowId id, ShowName name, Instant startTime, int totalSeats) {
        return new Show(id, name, startTime, totalSeats);
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
