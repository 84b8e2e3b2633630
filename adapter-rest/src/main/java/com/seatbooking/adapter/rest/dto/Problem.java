package com.seatbooking.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.seatbooking.domain.booking.BookingStatus;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, with the extension members this API uses. */
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (media type application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "Identifies the kind of problem", example = "urn:problem-type:seat-booking:validation") String type,
        @Schema(required = true, description = "Short summary of the kind of problem", example = "Invalid request") String title,
        @Schema(required = true, description = "The HTTP status code", example = "400") int status,
        @Schema(required = true, description = "What went wrong this time, for people", example = "userName: must not be blank") String detail,
        @Schema(required = true, description = "The request path this problem occurred on", example = "/shows/3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a/bookings") String instance,
        @Schema(description = "Each invalid field (validation problems)") List<ProblemViolation> violations,
        @Schema(description = "The booking concerned (booking conflicts)") UUID bookingId,
        @Schema(description = "The booking's status (booking conflicts)") BookingStatus bookingStatus,
        @Schema(description = "The most seats of the show one customer may hold or book (seat-limit-reached)", example = "10") Integer limit,
        @Schema(description = "How many more seats this customer may still hold or book of the show; may be 0 (seat-limit-reached)",
                example = "2") Integer remaining,
        @Schema(description = "Seconds to wait before trying again, as in the Retry-After header (rate-limited)", example = "12")
        Long retryAfterSeconds,
        @Schema(description = "How many seats are free (in the section asked for) (not-enough-seats)", example = "3") Integer available,
        @Schema(description = "The most free seats side by side in one row (in the section asked for) (not-enough-adjacent-seats)",
                example = "3") Integer largestBlock) {

    public Problem(String type, String title, int status, String detail, String instance) {
        this(type, title, status, detail, instance, null, null, null, null, null, null, null, null);
    }

    public Problem withAvailable(int seats) {
        return new Problem(type, title, status, detail, instance, violations, bookingId, bookingStatus, limit, remaining, retryAfterSeconds,
                seats, largestBlock);
    }

    public Problem withLargestBlock(int seats) {
        return new Problem(type, title, status, detail, instance, violations, bookingId, bookingStatus, limit, remaining, retryAfterSeconds,
                available, seats);
    }

    public Problem withViolations(List<ProblemViolation> found) {
        return new Problem(type, title, status, detail, instance, found, bookingId, bookingStatus, limit, remaining, retryAfterSeconds,
                available, largestBlock);
    }

    public Problem withBooking(UUID id, BookingStatus currentStatus) {
        return new Problem(type, title, status, detail, instance, violations, id, currentStatus, limit, remaining, retryAfterSeconds,
                available, largestBlock);
    }

    public Problem withSeatLimit(int seatLimit, int seatsRemaining) {
        return new Problem(type, title, status, detail, instance, violations, bookingId, bookingStatus, seatLimit, seatsRemaining,
                retryAfterSeconds,
                available, largestBlock);
    }

    public Problem withRetryAfter(long seconds) {
        return new Problem(type, title, status, detail, instance, violations, bookingId, bookingStatus, limit, remaining, seconds,
                available, largestBlock);
    }
}
