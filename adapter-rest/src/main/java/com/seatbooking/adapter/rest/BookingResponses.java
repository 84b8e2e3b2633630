package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.dto.BookingResponse;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.DescribeSeatsUseCase;
import jakarta.enterprise.context.ApplicationScoped;

/** Renders bookings with their seats' labels and price, which come from the show's layout (read from memory). */
@ApplicationScoped
class BookingResponses {

    private final DescribeSeatsUseCase describeSeats;

    BookingResponses(DescribeSeatsUseCase describeSeats) {
        this.describeSeats = describeSeats;
    }

    BookingResponse of(BookingDetails details) {
        return BookingResponse.from(details, describeSeats.describe(details.booking().showId(), details.booking().seats()));
    }
}
