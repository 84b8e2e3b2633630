package com.seatbooking.adapter.postgres;

import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.ChangeReason;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One row of booking_status_changes. */
@Embeddable
class StatusChangeEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    BookingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    ChangeReason reason;

    @Column(name = "changed_at", nullable = false)
    Instant at;
}
