package com.seatbooking.adapter.rest.dto;

import com.seatbooking.application.port.in.BookingTotals;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many bookings of a show there are by status, including failed attempts already deleted after their "
        + "retention window (they are counted in failedSeatsUnavailable and failedHoldExpired, and in deletedFailed)")
public record ShowTotalsResponse(
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID showId,
        @Schema(required = true, description = "Bookings CONFIRMED (booked outright or confirmed holds)", example = "962") long confirmed,
        @Schema(required = true, description = "Holds still PENDING as stored (a hold past its deadline counts until its expiry is "
                + "recorded, within seconds)", example = "12") long pending,
        @Schema(required = true, description = "Bookings CANCELLED", example = "40") long cancelled,
        @Schema(required = true, description = "Attempts that FAILED because seats were taken", example = "4751") long failedSeatsUnavailable,
        @Schema(required = true, description = "Holds that FAILED because they expired", example = "85") long failedHoldExpired,
        @Schema(required = true, description = "Of the FAILED ones, how many were deleted already after their retention window",
                example = "4600") long deletedFailed) {

    public static ShowTotalsResponse from(UUID showId, BookingTotals totals) {
        return new ShowTotalsResponse(showId, totals.confirmed(), totals.pending(), totals.cancelled(), totals.failedSeatsUnavailable(),
                totals.failedHoldExpired(), totals.deletedFailed());
    }
}
