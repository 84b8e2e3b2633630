package com.seatbooking.adapter.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same tests on the in-memory adapters. */
@QuarkusTest
@TestProfile(InMemoryProfile.class)
class ShowOperationsApiInMemoryTest extends ShowOperationsApiTest {
}
