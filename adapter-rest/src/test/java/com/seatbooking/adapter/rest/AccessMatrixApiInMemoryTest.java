package com.seatbooking.adapter.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The allow/deny matrix again, on the in-memory adapters. */
@QuarkusTest
@TestProfile(InMemoryProfile.class)
class AccessMatrixApiInMemoryTest extends AccessMatrixApiTest {
}
