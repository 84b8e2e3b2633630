package com.seatbooking.application.port.in;

public interface CancelBookingUseCase {

    /**
     * Cancels a live hold or a confirmed booking of the actor's (an admin's: anyone's) and frees its
     * seats; cancelling again changes nothing. Someone else's booking is not found
     * ({@link BookingNotFoundException}).
     */
    BookingDetails cancel(BookingCommand command);
}
