package com.seatbooking.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.seatbooking.application.port.in.ShowDetails;
import com.seatbooking.domain.show.SeatMap;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The seat map in a form that stays small at 100,000 seats: the reserved seats as runs
 * ({@code view=compact}) or as one bit per seat ({@code view=bitmap}), without the plain arrays.
 */
@Schema(description = "A show and its seat map right now, compact: as GET /shows/{id} without reservedSeats and availableSeats, with "
        + "reservedRanges (view=compact) or reservedBitmap (view=bitmap) instead")
public record CompactShowDetailResponse(
        @Schema(required = true, example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") UUID id,
        @Schema(required = true, example = "Swan Lake") String name,
        @Schema(required = true, format = "date-time", example = "2027-03-14T19:30:00Z") Instant startTime,
        @Schema(required = true, example = "58") int totalSeats,
        @Schema(required = true, example = "55") int availableCount,
        @Schema(required = true, example = "3") int reservedCount,
        @Schema(required = true, example = "20") int maxSeatsPerBooking,
        @Schema(required = true, example = "10") int maxSeatsPerCustomer,
        @Schema(required = true, example = "120") long holdSeconds,
        @Schema(required = true, example = "48211") long version,
        @Schema(required = true, nullable = true, description = "The venue layout; null: one plain row of totalSeats seats") LayoutResponse layout,
        @Schema(required = true, nullable = true, example = "EUR") String currency,
        @Schema(required = true, description = "CANCELLED: the show takes no bookings, and its bookings are (being) cancelled")
        ShowStatus status,
        @Schema(required = true, nullable = true, format = "date-time", description = "When the show was cancelled; null unless CANCELLED",
                example = "null") Instant cancelledAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "view=compact: the reserved seats as inclusive runs [first, last], ascending", example = "[[1, 2], [5, 5]]")
        int[][] reservedRanges,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "view=bitmap: base64 of ceil(totalSeats / 8) bytes; seat n is bit (n - 1): byte (n - 1) >> 3, mask "
                + "0x80 >> ((n - 1) & 7); a set bit is a reserved seat", example = "yA==") String reservedBitmap) {

    public enum View {
        COMPACT, BITMAP
    }

    public static CompactShowDetailResponse from(ShowDetails details, View view) {
        Show show = details.show();
        SeatMap seats = details.seatMap();
        int[] reserved = seats.reserved().toArray();
        return new CompactShowDetailResponse(show.id().value(), show.name().value(), show.startTime(), show.totalSeats(),
                seats.availableCount(), seats.reservedCount(), details.maxSeatsPerBooking(), details.maxSeatsPerCustomer(),
                details.holdTtl().toSeconds(), details.version(), LayoutResponse.from(show.layout().orElse(null)),
                show.seating().currency().orElse(null), show.status(), show.cancelledAt().orElse(null),
                view == View.COMPACT ? ranges(reserved) : null,
                view == View.BITMAP ? bitmap(reserved, show.totalSeats()) : null);
    }

    static int[][] ranges(int[] sorted) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                j++;
            }
            runs.add(new int[] {sorted[i], sorted[j]});
            i = j + 1;
        }
        return runs.toArray(new int[0][]);
    }

    static String bitmap(int[] sorted, int totalSeats) {
        byte[] bits = new byte[(totalSeats + 7) / 8];
        for (int seat : sorted) {
            bits[(seat - 1) >> 3] |= (byte) (0x80 >> ((seat - 1) & 7));
        }
        return Base64.getEncoder().encodeToString(bits);
    }

    /** As {@link ShowDetailResponse#entityTag()}, per view: another representation of the same map has another tag. */
    public String entityTag(View view, int[] reservedSeats) {
        return ShowDetailResponse.seatMapTag(id, maxSeatsPerBooking, maxSeatsPerCustomer, holdSeconds, view.ordinal() + 1L, reservedSeats);
    }
}
