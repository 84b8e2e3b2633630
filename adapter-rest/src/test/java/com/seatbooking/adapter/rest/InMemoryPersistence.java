package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.inmemory.InMemoryAdapters;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.IdempotencyKeyRepository;
import com.seatbooking.application.port.out.RateLimitBuckets;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.SeatMapFeed;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Puts the in-memory adapters in place of PostgreSQL; enabled only by {@link InMemoryProfile}. */
@Alternative
@ApplicationScoped
public class InMemoryPersistence {

    private final InMemoryAdapters adapters = new InMemoryAdapters();

    @Produces
    @Singleton
    ShowRepository shows() {
        return adapters.shows();
    }

    @Produces
    @Singleton
    BookingRepository bookings() {
        return adapters.bookings();
    }

    @Produces
    @Singleton
    SeatAllocationRepository allocations() {
        return adapters.allocations();
    }

    @Produces
    @Singleton
    SeatMapFeed seatMapFeed() {
        return adapters.seatMapFeed();
    }

    @Produces
    @Singleton
    UnitOfWork unitOfWork() {
        return adapters.unitOfWork();
    }

    @Produces
    @Singleton
    AccountRepository accounts() {
        return adapters.accounts();
    }

    @Produces
    @Singleton
    IdempotencyKeyRepository idempotencyKeys() {
        return adapters.idempotencyKeys();
    }

    @Produces
    @Singleton
    RateLimitBuckets rateLimitBuckets() {
        return adapters.rateLimitBuckets();
    }
}
