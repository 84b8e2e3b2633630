package com.seatbooking.adapter.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The venue API tests again, on the in-memory adapters. */
@QuarkusTest
@TestProfile(InMemoryProfile.class)
class VenueApiInMemoryTest extends VenueApiTest {
}
