package com.seatbooking.adapter.rest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Every application the tests start gets a key pair and an admin password made at test time and kept
 * under target/test-keys (build output, never committed); nothing secret is in the repository. The
 * files, not fields, are the truth: the test framework may load this class more than once.
 * Registered for all tests by {@link WithTestKeys}.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    static final String ADMIN = "admin";

    private static final Path DIRECTORY = Path.of("target", "test-keys").toAbsolutePath();
    private static final Path PRIVATE_KEY = DIRECTORY.resolve("private.pem");
    private static final Path PUBLIC_KEY = DIRECTORY.resolve("public.pem");
    private static final Path ADMIN_PASSWORD_FILE = DIRECTORY.resolve("admin-password");

    @Override
    public Map<String, String> start() {
        ensureCreated();
        return Map.of(
                "smallrye.jwt.sign.key.location", PRIVATE_KEY.toString(),
                "mp.jwt.verify.publickey.location", PUBLIC_KEY.toString(),
                "auth.admin.username", ADMIN,
                "auth.admin.password", adminPassword());
    }

    @Override
    public void stop() {
    }

    /** The administrator's password in every application the tests start. */
    static String adminPassword() {
        ensureCreated();
        try {
            return Files.readString(ADMIN_PASSWORD_FILE).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key the applications sign with, for tokens made by hand. */
    static PrivateKey privateKey() {
        ensureCreated();
        try {
            String pem = Files.readString(PRIVATE_KEY).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key the applications do not know: what a forger would sign with. */
    static PrivateKey otherPrivateKey() {
        return generate().getPrivate();
    }

    private static synchronized void ensureCreated() {
        try {
            if (Files.exists(PRIVATE_KEY) && Files.exists(PUBLIC_KEY) && Files.exists(ADMIN_PASSWORD_FILE)) {
                return;
            }
            Files.createDirectories(DIRECTORY);
            KeyPair keys = generate();
            Files.writeString(PRIVATE_KEY, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
            Files.writeString(PUBLIC_KEY, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
            Files.writeString(ADMIN_PASSWORD_FILE, "test-" + UUID.randomUUID());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
