package com.seatbooking.adapter.rest;

import com.seatbooking.application.port.in.ListShowBookingsQuery;
import com.seatbooking.application.port.in.ListShowBookingsUseCase;
import com.seatbooking.application.port.in.ShowBooking;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A show's bookings as CSV (RFC 4180), written while they are read: the use case hands over rows
 * batch by batch, each row is written and forgotten, so memory stays the same for 100 or 100,000
 * rows (docs/performance.md has the measurement).
 */
final class ShowBookingsCsv {

    static final String TEXT_CSV = "text/csv";
    private static final String HEADER = "id,username,status,seats,created_at,updated_at\r\n";

    private ShowBookingsCsv() {
    }

    /** Whether the client prefers CSV to JSON (Accept: text/csv). */
    static boolean wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equalsIgnoreCase("text") && type.getSubtype().equalsIgnoreCase("csv")) {
                return true;
            }
        }
        return false;
    }

    static StreamingOutput streaming(ListShowBookingsUseCase bookings, ListShowBookingsQuery query) {
        return output -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            csv.write(HEADER);
            try {
                bookings.export(query, row -> write(csv, row));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
        };
    }

    private static void write(Writer csv, ShowBooking row) {
        try {
            csv.write(row.id().toString());
            csv.write(',');
            // usernames are [A-Za-z0-9._-]: nothing to quote
            csv.write(row.owner() == null ? "" : row.owner().value());
            csv.write(',');
            csv.write(row.status().name());
            csv.write(',');
            int[] seats = row.seats().toArray();
            for (int i = 0; i < seats.length; i++) {
                if (i > 0) {
                    csv.write(' ');
                }
                csv.write(Integer.toString(seats[i]));
            }
            csv.write(',');
            csv.write(row.createdAt().toString());
            csv.write(',');
            csv.write(row.updatedAt().toString());
            csv.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
