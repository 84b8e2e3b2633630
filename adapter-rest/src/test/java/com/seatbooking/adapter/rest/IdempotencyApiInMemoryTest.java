package com.seatbooking.adapter.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The idempotency API tests again, on the in-memory adapters. */
@QuarkusTest
@TestProfile(InMemoryProfile.class)
class IdempotencyApiInMemoryTest extends IdempotencyApiTest {
}
