package com.seatbooking.application.port.in;

public interface ConfirmBookingUseCase {

    /**
     * Confirms a live hold of the actor's (an admin's: anyone's); confirming a CONFIRMED booking again
     * changes nothing. Someone else's booking is not found ({@link BookingNotFoundException}).
     */
    BookingDetails confirm(BookingCommand command);
}
