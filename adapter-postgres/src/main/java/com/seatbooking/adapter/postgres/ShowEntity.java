package com.seatbooking.adapter.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
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

    /** The venue layout as JSON ({@link LayoutJson}); null: none. Bound as text, cast by PostgreSQL. */
    @Column(name = "layout", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String layout;
}
