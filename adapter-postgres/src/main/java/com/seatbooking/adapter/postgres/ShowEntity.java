package com.seatbooking.adapter.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "shows")
class ShowEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "start_time", nullable = false)
    Instant startTime;

    @Column(name = "total_seats", nullable = false)
    int totalSeats;

    /** Null: the default per-customer seat limit applies. */
    @Column(name = "max_seats_per_customer")
    Integer maxSeatsPerCustomer;

    @Column(nullable = false, length = 16)
    String status;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    @Column(nullable = false)
    long version;

    /** The name as a search compares it (ShowName.searchKey). */
    @Column(name = "search_name", nullable = false)
    String searchName;
}
