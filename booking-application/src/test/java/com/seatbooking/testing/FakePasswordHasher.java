package com.seatbooking.testing;

import com.seatbooking.application.port.out.PasswordHasher;
import com.seatbooking.domain.account.Password;
import com.seatbooking.domain.account.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A fast stand-in for bcrypt in use-case tests (salted SHA-256); counts the checks it makes. */
public final class FakePasswordHasher implements PasswordHasher {

    private final AtomicInteger checks = new AtomicInteger();

    @Override
    public PasswordHash hash(Password password) {
        String salt = UUID.randomUUID().toString();
        return new PasswordHash("fake$" + salt + "$" + digest(salt, password.reveal()));
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        checks.incrementAndGet();
        String[] parts = hash.value().split("\\$");
        return parts.length == 3 && parts[2].equals(digest(parts[1], candidate));
    }

    /** How many passwords were checked against a hash. */
    public int checks() {
        return checks.get();
    }

    private static String digest(String salt, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
