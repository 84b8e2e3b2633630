package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;

public interface GetShowTotalsUseCase {

    /**
     * How many bookings of the show there are by status, FAILED attempts deleted after their
     * retention window included. Admins only ({@link AccessDeniedException}); an unknown show is
     * {@link ShowNotFoundException}.
     */
    BookingTotals totals(Actor actor, ShowId showId);
}
