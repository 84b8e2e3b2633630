package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatNumbers;

/** Labels and prices of seats of a show, for every answer that names seats. */
public interface DescribeSeatsUseCase {

    /** The seats' labels and total price by the show's layout; an unknown show: {@link ShowNotFoundException}. */
    SeatDescription describe(ShowId showId, SeatNumbers seats);
}
