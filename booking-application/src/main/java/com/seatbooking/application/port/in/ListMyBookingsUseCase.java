package com.seatbooking.application.port.in;

public interface ListMyBookingsUseCase {

    /**
     * The actor's own bookings (failed attempts too), newest first, each as it stands now, with its
     * show. Throws {@link NotSignedInException} for the anonymous actor.
     */
    MyBookingsPage listMyBookings(ListMyBookingsQuery query);
}
