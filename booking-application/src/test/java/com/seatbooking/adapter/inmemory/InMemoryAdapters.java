package com.seatbooking.adapter.inmemory;

/**
 * The in-memory driven adapters over one shared store, for fast tests and for running the API
 * without a database. Use one instance per test for isolation.
 */
public final class InMemoryAdapters {

    private final InMemoryShowRepository shows;
    private final InMemoryBookingRepository bookings;
    private final InMemorySeatAllocationRepository allocations;
    private final InMemoryUnitOfWork unitOfWork;
    private final InMemoryAccountRepository accounts;
    private final InMemorySeatMapFeed seatMapFeed;
    private final InMemoryIdempotencyKeyRepository idempotencyKeys;
    private final InMemoryRateLimitBuckets rateLimitBuckets;

    public InMemoryAdapters() {
        this(java.time.Clock.systemUTC());
    }

    /** {@code clock} drives the rate-limit buckets' refill. */
    public InMemoryAdapters(java.time.Clock clock) {
        InMemoryStore store = new InMemoryStore();
        this.shows = new InMemoryShowRepository(store);
        this.bookings = new InMemoryBookingRepository(store);
        this.allocations = new InMemorySeatAllocationRepository(store);
        this.unitOfWork = new InMemoryUnitOfWork(store);
        this.accounts = new InMemoryAccountRepository(store);
        this.seatMapFeed = new InMemorySeatMapFeed(store);
        this.idempotencyKeys = new InMemoryIdempotencyKeyRepository(store);
        this.rateLimitBuckets = new InMemoryRateLimitBuckets(clock);
    }

    public InMemoryIdempotencyKeyRepository idempotencyKeys() {
        return idempotencyKeys;
    }

    public InMemoryRateLimitBuckets rateLimitBuckets() {
        return rateLimitBuckets;
    }

    public InMemoryAccountRepository accounts() {
        return accounts;
    }

    public InMemoryShowRepository shows() {
        return shows;
    }

    public InMemoryBookingRepository bookings() {
        return bookings;
    }

    public InMemorySeatAllocationRepository allocations() {
        return allocations;
    }

    public InMemorySeatMapFeed seatMapFeed() {
        return seatMapFeed;
    }

    public InMemoryUnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
