package com.seatbooking.application.port.in;

import java.util.function.Consumer;

public interface ListShowBookingsUseCase {

    /** A page of a show's bookings (admins only; {@link ShowNotFoundException} for an unknown show). */
    ShowBookingsPage list(ListShowBookingsQuery query);

    /**
     * Every booking the query matches, from its cursor on, handed to {@code sink} one by one, read in
     * batches of the query's limit: memory stays the same however many there are. Check access first
     * with {@link #list} or call this only after it: a caller streaming an answer has sent its status.
     */
    void export(ListShowBookingsQuery query, Consumer<ShowBooking> sink);
}
