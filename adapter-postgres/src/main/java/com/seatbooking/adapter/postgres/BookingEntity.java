package com.seatbooking.adapter.postgres;

import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.FailureReason;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "bookings")
class BookingEntity {

    @Id
    UUID id;

    @Column(name = "show_id", nullable = false)
    UUID showId;

    /** Null only for bookings made before there were accounts. */
    @Column(name = "owner_id", updatable = false)
    UUID ownerId;

    @Column(name = "user_name", nullable = false, length = 100)
    String userName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    int[] seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    BookingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason", length = 32)
    FailureReason failureReason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "conflicting_seats", nullable = false)
    int[] conflictingSeats;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "expires_at")
    Instant expiresAt;

    @ElementCollection
    @CollectionTable(name = "booking_status_changes", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    List<StatusChangeEmbeddable> history = new ArrayList<>();
}
