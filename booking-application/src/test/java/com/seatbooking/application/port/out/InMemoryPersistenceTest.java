package com.seatbooking.application.port.out;

import com.seatbooking.adapter.inmemory.InMemoryAdapters;

/** The persistence contract, against the in-memory adapters. */
class InMemoryPersistenceTest extends PersistenceContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters();

    @Override
    protected ShowRepository shows() {
        return adapters.shows();
    }

    @Override
    protected BookingRepository bookings() {
        return adapters.bookings();
    }

    @Override
    protected SeatAllocationRepository allocations() {
        return adapters.allocations();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return adapters.unitOfWork();
    }

    @Override
    protected AccountRepository accounts() {
        return adapters.accounts();
    }

    @Override
    protected IdempotencyKeyRepository idempotencyKeys() {
        return adapters.idempotencyKeys();
    }
}
