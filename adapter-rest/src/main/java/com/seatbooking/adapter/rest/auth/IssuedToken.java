package com.seatbooking.adapter.rest.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * A signed session token, when it expires, and the CSRF token bound to it (also a claim of the
 * token, so a planted cookie cannot stand in for it).
 */
public record IssuedToken(String value, Instant expiresAt, String csrf, Duration lifetime) {

    @Override
    public String toString() {
        return "IssuedToken[expires " + expiresAt + "]";
    }
}
