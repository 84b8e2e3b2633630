package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.SeatDescription;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.FailureReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A booking (or hold, or failed attempt) and its history")
public record BookingResponse(
        @Schema(required = true, example = "9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b") UUID id,
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID showId,
        @Schema(required = true, description = "The attendee: whom the seats are for", example = "Alice Liddell") String userName,
        @Schema(required = true, nullable = true, description = "The username of the account the booking belongs to; null only for "
                + "bookings made before there were accounts", example = "alice") String owner,
        @Schema(required = true, description = "The seats asked for, ascending", example = "[4, 5]") int[] seats,
        @Schema(required = true, description = "PENDING (a hold) -> CONFIRMED | FAILED | CANCELLED; CONFIRMED -> CANCELLED",
                example = "CONFIRMED") BookingStatus status,
        @Schema(required = true, format = "date-time", example = "2027-03-01T12:00:00Z") Instant createdAt,
        @Schema(required = true, format = "date-time", example = "2027-03-01T12:00:00Z") Instant updatedAt,
        @Schema(required = true, nullable = true, format = "date-time",
                description = "A hold's deadline; null for seats booked outright") Instant expiresAt,
        @Schema(required = true, nullable = true, description = "Why the booking FAILED; null otherwise") FailureReason failureReason,
        @Schema(required = true, description = "The requested seats that were already taken; empty unless failureReason is SEATS_UNAVAILABLE",
                example = "[]") int[] conflictingSeats,
        @Schema(required = true, description = "Every status the booking entered, oldest first; each extension of a hold is an entry "
                + "with reason HOLD_EXTENDED (the status stays PENDING)") List<StatusChangeResponse> history,
        @Schema(required = true, nullable = true, description = "How many more times the hold may be extended (POST /bookings/{id}/extend); "
                + "null unless PENDING", example = "2") Integer extensionsLeft,
        @Schema(required = true, nullable = true, format = "date-time", description = "The latest the hold can last, however often it is "
                + "extended; null unless PENDING") Instant holdLifetimeEndsAt,
        @Schema(required = true, description = "The seats' labels, in the order of seats: \"<section> <row>-<place>\" for a show with a "
                + "layout, else the seat numbers", example = "[\"Stalls A-4\", \"Stalls A-5\"]") List<String> seatLabels,
        @Schema(required = true, nullable = true, description = "What the seats cost together; null when the show has no prices (or "
                + "some of these seats have none)") PriceResponse totalPrice) {

    /** With the seats' labels and price, as the show's layout names them. */
    public static BookingResponse from(BookingDetails details, SeatDescription seats) {
        Booking booking = details.booking();
        return new BookingResponse(booking.id().value(), booking.showId().value(), booking.userName().value(),
                details.owner() == null ? null : details.owner().value(),
                booking.seats().toArray(), booking.status(), booking.createdAt(), booking.updatedAt(), booking.expiresAt(),
                booking.failureReason(), booking.conflictingSeats().toArray(),
                booking.history().stream().map(StatusChangeResponse::from).toList(), details.extensionsLeft(),
                details.holdLifetimeEndsAt(), seats.labels(), PriceResponse.from(seats.totalPrice().orElse(null)));
    }

    public boolean failed() {
        return status == BookingStatus.FAILED;
    }
}
