package com.seatbooking.application.port.in;

import com.seatbooking.domain.venue.Layout;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.venue.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Seats as people read them: their labels (in the seats' order) and what they cost together (empty when not every seat has a price). */
public record SeatDescription(List<String> labels, Optional<Money> totalPrice) {

    public SeatDescription {
        labels = List.copyOf(labels);
        Objects.requireNonNull(totalPrice, "totalPrice");
    }

    public static SeatDescription of(Layout layout, SeatNumbers seats) {
        return new SeatDescription(layout.labels(seats), layout.totalPrice(seats));
    }
}
