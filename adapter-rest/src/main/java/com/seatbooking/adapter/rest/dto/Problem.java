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
        @Schema(description = "The request's id, as in the X-Request-Id header: quote it when reporting a problem",
                example = "6d1f0b7e-3c2a-4e8d-9f1b-2a3c4d5e6f70") String requestId) {

    public Problem(String type, String title, int status, String detail, String instance) {
        this(type, title, status, detail, instance, null, null, null, null, null, null, null);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, violations, bookingId, bookingStatus, limit, remaining, retryAfterSeconds,
                id);
    }

    public Problem withViolations(List<ProblemViolation> found) {
        return new Problem(type, title, status, detail, instance, found, bookingId, bookingStatus, limit, remaining, retryAfterSeconds,
                requestId);
    }

    public Problem withBooking(UUID id, BookingStatus currentStatus) {
        return new Problem(type, title, status, detail, instance, violations, id, currentStatus, limit, remaining, retryAfterSeconds,
                requestId);
    }

    public Problem withSeatLimit(int seatLimit, int seatsRemaining) {
        return new Problem(type, title, status, detail, instance, violations, bookingId, bookingStatus, seatLimit, seatsRemaining,
                retryAfterSeconds, requestId);
    }

    public Problem withRetryAfter(long seconds) {
        return new Problem(type, title, status, detail, instance, violations, bookingId, bookingStatus, limit, remaining, seconds, requestId);
    }
}
