package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.IdempotencyKeyRepository;
import com.seatbooking.application.port.out.PersistenceContract;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** The persistence contract, against real PostgreSQL. */
@QuarkusTest
class PostgresPersistenceTest extends PersistenceContract {

    @Inject
    ShowRepository shows;
    @Inject
    BookingRepository bookings;
    @Inject
    SeatAllocationRepository allocations;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    AccountRepository accounts;
    @Inject
    IdempotencyKeyRepository idempotencyKeys;
    @Inject
    TestDatabase database;

    @BeforeEach
    void startEmpty() {
        database.empty();
    }

    @Override
    protected ShowRepository shows() {
        return shows;
    }

    @Override
    protected BookingRepository bookings() {
        return bookings;
    }

    @Override
    protected SeatAllocationRepository allocations() {
        return allocations;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }

    @Override
    protected IdempotencyKeyRepository idempotencyKeys() {
        return idempotencyKeys;
    }
}
