package com.seatbooking.application.port.in;

public interface GetBookingUseCase {

    /**
     * A booking of the actor's (an admin's: anyone's) as it stands now, with its history; a hold past
     * its deadline shows as expired. Someone else's booking is not found
     * ({@link BookingNotFoundException}), exactly as an unknown id.
     */
    BookingDetails getBooking(BookingCommand command);
}
