package com.seatbooking.adapter.rest.auth;

import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.PasswordHash;
import com.seatbooking.domain.account.Username;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start without a usable key pair, saying what to do, rather than failing the first
 * sign-in: both key files must be configured, and a token signed with one must verify with the other.
 */
@ApplicationScoped
class SigningKeyCheck {

    static final String HOW = "Set AUTH_PRIVATE_KEY_FILE and AUTH_PUBLIC_KEY_FILE to a PEM key pair (RSA, 2048 bits or more); "
            + "scripts/run.sh creates one in .secrets/ when none is configured, or: openssl genpkey -algorithm RSA "
            + "-pkeyopt rsa_keygen_bits:2048 -out private.pem && openssl pkey -in private.pem -pubout -out public.pem";

    private static void requireFile(String variable, Optional<String> location) {
        String file = location.map(String::strip).orElse("");
        if (file.isEmpty() || file.equals(NOT_CONFIGURED)) {
            throw new IllegalStateException("No key to sign and verify sign-in tokens with is configured (" + variable + "). " + HOW);
        }
        boolean onFileSystem = !file.contains(":") || file.startsWith("file:");
        if (onFileSystem && !Files.isReadable(Path.of(file.startsWith("file:") ? file.substring(5) : file))) {
            throw new IllegalStateException(variable + " names " + file + ", which is not a readable file. " + HOW);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    static final String NOT_CONFIGURED = "not-configured";

    /** Tokens only after the key files are known to be there: building it reads them. */
    void check(@Observes StartupEvent start, Instance<Tokens> tokenService,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> privateKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKey) {
        requireFile("AUTH_PRIVATE_KEY_FILE", privateKey);
        requireFile("AUTH_PUBLIC_KEY_FILE", publicKey);
        Tokens tokens = tokenService.get();
        Account probe = Account.register(AccountId.random(), new Username("key-check"), new DisplayName("Key check"),
                new PasswordHash("none"), Instant.EPOCH);
        try {
            tokens.verify(tokens.issue(probe).value());
        } catch (RuntimeException e) {
            throw new IllegalStateException("The configured key files cannot sign and verify a token (" + rootCause(e)
                    + "): are they readable PEM files of one key pair? " + HOW, e);
        }
    }
}
