package com.seatbooking.domain.seat;

import com.seatbooking.domain.InvariantViolation;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A set of seat numbers, each at least 1, kept sorted ascending. Sorted order is what makes
 * overlapping allocations lock seats in the same order, so they cannot deadlock.
 */
public final class SeatNumbers {

    private static final SeatNumbers NONE = new SeatNumbers(new int[0]);

    private final int[] sorted;

    private SeatNumbers(int[] sorted) {
        this.sorted = sorted;
    }

    public static SeatNumbers none() {
        return NONE;
    }

    /**
     * Seats a client asked for: at least one, no gaps in the list, each a positive number, none twice.
     */
    public static SeatNumbers requested(Collection<Integer> seats) {
        if (seats == null || seats.isEmpty()) {
            throw new InvariantViolation("seats", "must list at least one seat");
        }
        int[] values = new int[seats.size()];
        int i = 0;
        for (Integer seat : seats) {
            if (seat == null) {
                throw new InvariantViolation("seats", "must not contain null");
            }
            values[i++] = seat;
        }
        return of("seats", values);
    }

    /** Any set of seat numbers, for example one read back from storage; must be distinct and positive. */
    public static SeatNumbers of(int... seats) {
        return of("seats", seats.clone());
    }

    private static SeatNumbers of(String property, int[] values) {
        Arrays.sort(values);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 1) {
                throw new InvariantViolation(property, "seat numbers start at 1, got " + values[i]);
            }
            if (i > 0 && values[i] == values[i - 1]) {
                throw new InvariantViolation(property, "seat " + values[i] + " is listed more than once");
            }
        }
        return values.length == 0 ? NONE : new SeatNumbers(values);
    }

    public int size() {
        return sorted.length;
    }

    public boolean isEmpty() {
        return sorted.length == 0;
    }

    public boolean contains(int seat) {
        return Arrays.binarySearch(sorted, seat) >= 0;
    }

    public boolean containsAll(SeatNumbers other) {
        return other.stream().allMatch(this::contains);
    }

    /** Seats numbered above {@code limit}. */
    public SeatNumbers above(int limit) {
        int from = sorted.length;
        while (from > 0 && sorted[from - 1] > limit) {
            from--;
        }
        return from == sorted.length ? NONE : new SeatNumbers(Arrays.copyOfRange(sorted, from, sorted.length));
    }

    public IntStream stream() {
        return Arrays.stream(sorted);
    }

    /** A copy, ascending. */
    public int[] toArray() {
        return sorted.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeatNumbers other && Arrays.equals(sorted, other.sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    /** For messages: "3, 4, 5". */
    @Override
    public String toString() {
        return stream().mapToObj(Integer::toString).collect(Collectors.joining(", "));
    }
}
