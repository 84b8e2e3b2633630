package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests on real PostgreSQL share: the repositories and unit of work as the app wires them,
 * the test database's helpers, and an empty database before each test (JUnit runs this before a
 * subclass's own set-up).
 */
abstract class PostgresTestBase {

    @Inject
    ShowRepository shows;
    @Inject
    BookingRepository bookings;
    @Inject
    SeatAllocationRepository allocations;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }
}
