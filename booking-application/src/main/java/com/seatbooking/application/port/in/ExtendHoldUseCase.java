package com.seatbooking.application.port.in;

public interface ExtendHoldUseCase {

    /**
     * Moves the deadline of a live hold of the actor's (an admin's: anyone's) on by the hold TTL,
     * within its lifetime cap and number of extensions; its seats stay held until the new deadline.
     * Someone else's booking is not found ({@link BookingNotFoundException}); a hold past its
     * deadline has expired ({@link com.seatbooking.domain.booking.HoldExpiredException}); a booking
     * that is not PENDING cannot be extended
     * ({@link com.seatbooking.domain.booking.IllegalBookingTransitionException}), nor one at its limits
     * ({@link com.seatbooking.domain.booking.HoldExtensionLimitException}).
     */
    BookingDetails extend(BookingCommand command);
}
