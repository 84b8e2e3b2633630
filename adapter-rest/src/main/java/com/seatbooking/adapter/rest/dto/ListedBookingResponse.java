package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.OwnBooking;
import com.seatbooking.domain.account.Username;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.FailureReason;
import com.seatbooking.domain.booking.HoldRules;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking as in {@link BookingResponse}, with the show it is for: an entry of GET /me/bookings. */
@Schema(description = "One of the signed-in account's bookings: the booking, with the show it is for")
public record ListedBookingResponse(
        @Schema(required = true, example = "9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b") UUID id,
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID showId,
        @Schema(required = true, description = "The attendee: whom the seats are for", example = "Alice Liddell") String userName,
        @Schema(required = true, nullable = true, description = "The username of the account the booking belongs to", example = "alice") String owner,
        @Schema(required = true, description = "The seats asked for, ascending", example = "[4, 5]") int[] seats,
        @Schema(required = true, example = "CONFIRMED") BookingStatus status,
        @Schema(required = true, format = "date-time", example = "2027-03-01T12:00:00Z") Instant createdAt,
        @Schema(required = true, format = "date-time", example = "2027-03-01T12:00:00Z") Instant updatedAt,
        @Schema(required = true, nullable = true, format = "date-time", description = "A hold's deadline; null for seats booked outright") Instant expiresAt,
        @Schema(required = true, nullable = true, description = "Why the booking FAILED; null otherwise") FailureReason failureReason,
        @Schema(required = true, description = "The requested seats that were already taken", example = "[]") int[] conflictingSeats,
        @Schema(required = true, description = "Every status the booking entered, oldest first") List<StatusChangeResponse> history,
        @Schema(required = true, nullable = true, description = "How many more times the hold may be extended; null unless PENDING",
                example = "2") Integer extensionsLeft,
        @Schema(required = true, nullable = true, format = "date-time", description = "The latest the hold can last, however often it "
                + "is extended; null unless PENDING") Instant holdLifetimeEndsAt,
        @Schema(required = true) ShowRefResponse show,
        @Schema(required = true, description = "The seats' labels, in the order of seats: \"<section> <row>-<place>\" for a show with a "
                + "layout, else the seat numbers", example = "[\"Stalls A-4\", \"Stalls A-5\"]") List<String> seatLabels,
        @Schema(required = true, nullable = true, description = "What the seats cost together; null when the show has no prices (or "
                + "some of these seats have none)") PriceResponse totalPrice) {

    public static ListedBookingResponse from(OwnBooking own, Username owner, HoldRules holdRules) {
        Booking booking = own.booking();
        BookingDetails details = new BookingDetails(booking, owner, holdRules);
        return new ListedBookingResponse(booking.id().value(), booking.showId().value(), booking.userName().value(), owner.value(),
                booking.seats().toArray(), booking.status(), booking.createdAt(), booking.updatedAt(), booking.expiresAt(),
                booking.failureReason(), booking.conflictingSeats().toArray(),
                booking.history().stream().map(StatusChangeResponse::from).toList(), details.extensionsLeft(),
                details.holdLifetimeEndsAt(), ShowRefResponse.from(own.show()), own.show().seating().labels(booking.seats()),
                PriceResponse.from(own.show().seating().totalPrice(booking.seats()).orElse(null)));
    }
}
