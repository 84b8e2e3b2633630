package com.seatbooking.adapter.rest;

import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/** Tokens made by hand, as an attacker or a clock would: expired, forged with another key, unsigned, tampered with. */
final class TestTokens {

    private TestTokens() {
    }

    /** A token as the application issues them, signed with {@code key}. */
    static String signed(PrivateKey key, String issuer, String username, Set<String> roles, Instant expiresAt) {
        return Jwt.issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .upn(username)
                .groups(roles)
                .claim("name", "Minted " + username)
                .claim("csrf", "minted-csrf")
                .issuedAt(expiresAt.minusSeconds(3600))
                .expiresAt(expiresAt)
                .sign(key);
    }

    /** Signed with this run's key: genuine, for an account that need not exist in any database. */
    static String genuine(String username, Set<String> roles) {
        return signed(TestKeys.privateKey(), "seat-booking", username, roles, Instant.now().plusSeconds(600));
    }

    static String expired() {
        return signed(TestKeys.privateKey(), "seat-booking", "alice", Set.of("customer"), Instant.now().minusSeconds(600));
    }

    static String signedByAnotherKey() {
        return signed(TestKeys.otherPrivateKey(), "seat-booking", "alice", Set.of("admin"), Instant.now().plusSeconds(600));
    }

    static String ofAnotherIssuer() {
        return signed(TestKeys.privateKey(), "someone-else", "alice", Set.of("admin"), Instant.now().plusSeconds(600));
    }

    /** The claims of a genuine token, re-encoded with {"alg":"none"} and no signature. */
    static String unsigned(String genuine) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + genuine.split("\\.")[1] + ".";
    }

    /** A genuine token whose claims were changed to say admin, keeping the original signature. */
    static String tamperedToAdmin(String genuine) {
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"customer\"", "\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
