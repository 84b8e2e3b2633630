package com.seatbooking.adapter.rest;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestKeys} for every @QuarkusTest of this module. */
@QuarkusTestResource(TestKeys.class)
public final class WithTestKeys {

    private WithTestKeys() {
    }
}
