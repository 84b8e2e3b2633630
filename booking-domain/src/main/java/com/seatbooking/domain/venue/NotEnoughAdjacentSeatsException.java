package com.seatbooking.domain.venue;

import com.seatbooking.domain.DomainException;

/** Enough seats are free, but no {@code requested} of them side by side in one row, and the buyer wants them together. */
public final class NotEnoughAdjacentSeatsException extends DomainException {

    private final int largestBlock;

    public NotEnoughAdjacentSeatsException(int requested, int largestBlock, String section) {
        super("No " + requested + " seats side by side are free" + (section == null ? "" : " in " + section)
                + "; the most together is " + largestBlock + ". Ask for fewer, or allow them apart (together: false).");
        this.largestBlock = largestBlock;
    }

    /** The most free seats side by side in one row (in the section asked for). */
    public int largestBlock() {
        return largestBlock;
    }
}
