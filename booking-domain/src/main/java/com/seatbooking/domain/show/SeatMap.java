package com.seatbooking.domain.show;

import com.seatbooking.domain.seat.SeatNumbers;
import java.util.Arrays;
import java.util.Objects;

/** Which seats of a show are reserved (allocated to an active booking) and which are free. */
public final class SeatMap {

    private final int totalSeats;
    private final SeatNumbers reserved;

    private SeatMap(int totalSeats, SeatNumbers reserved) {
        this.totalSeats = Show.requireSeatCount(totalSeats);
        this.reserved = Objects.requireNonNull(reserved, "reserved");
        if (!reserved.above(totalSeats).isEmpty()) {
            throw new IllegalArgumentException("reserved seats beyond seat " + totalSeats + ": " + reserved.above(totalSeats));
        }
    }

    public static SeatMap of(Show show, SeatNumbers reserved) {
        return new SeatMap(show.totalSeats(), reserved);
    }

    public SeatNumbers reserved() {
        return reserved;
    }

    /** Every seat 1..totalSeats that is not reserved, ascending. */
    public int[] available() {
        int[] taken = reserved.toArray();
        int[] free = new int[totalSeats - taken.length];
        int next = 0;
        int t = 0;
        for (int seat = 1; seat <= totalSeats; seat++) {
            if (t < taken.length && taken[t] == seat) {
                t++;
            } else {
                free[next++] = seat;
            }
        }
        return next == free.length ? free : Arrays.copyOf(free, next);
    }

    public int reservedCount() {
        return reserved.size();
    }

    public int availableCount() {
        return totalSeats - reserved.size();
    }
}
