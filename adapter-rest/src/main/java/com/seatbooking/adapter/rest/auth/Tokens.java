package com.seatbooking.adapter.rest.auth;

import com.seatbooking.application.port.in.Actor;
import com.seatbooking.domain.account.Account;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.account.DisplayName;
import com.seatbooking.domain.account.Role;
import com.seatbooking.domain.account.Username;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Issues and verifies session tokens: JWTs signed with RS256 (SmallRye JWT) by the private key of
 * {@code smallrye.jwt.sign.key.location}, verified with the public key of
 * {@code mp.jwt.verify.publickey.location} and the issuer {@value #ISSUER}. Verifying needs no
 * database, so any instance with the public key accepts any instance's tokens.
 * <p>
 * A token that verified once is remembered by its exact text until it expires (at most
 * {@link #CACHE_LIMIT} of them): the same bytes carry the same signature, so the next request with
 * it skips the RSA check and the claims parsing. Anything else, a single changed character
 * included, is verified in full.
 */
@ApplicationScoped
public class Tokens {

    public static final String ISSUER = "seat-booking";
    static final String CSRF_CLAIM = "csrf";
    static final int CACHE_LIMIT = 50_000;

    /** What a verified token says. */
    record Verified(Actor actor, String csrf, Instant expiresAt) {
    }

    private final JWTParser parser;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    Tokens(JWTParser parser, Clock clock, @ConfigProperty(name = "auth.token-ttl") Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("auth.token-ttl must be positive, got " + lifetime);
        }
        this.parser = parser;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public IssuedToken issue(Account account) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        String csrf = randomToken();
        String token = Jwt.issuer(ISSUER)
                .subject(account.id().toString())
                .upn(account.username().value())
                .groups(account.roles().stream().map(Tokens::roleName).collect(Collectors.toSet()))
                .claim("name", account.displayName().value())
                .claim(CSRF_CLAIM, csrf)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign();
        return new IssuedToken(token, expiresAt, csrf, lifetime);
    }

    /** The actor a token speaks for; {@link InvalidTokenException} unless it is genuine, unexpired and well-formed. */
    Verified verify(String token) {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.expiresAt())) {
                return known;
            }
            verified.remove(token);
            throw new InvalidTokenException("The token has expired; sign in again");
        }
        Verified fresh = parse(token, now);
        if (verified.size() >= CACHE_LIMIT) {
            verified.clear();
        }
        verified.put(token, fresh);
        return fresh;
    }

    private Verified parse(String token, Instant now) {
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidTokenException("The token is not valid (malformed, expired, or not signed by this service); sign in again", e);
        }
        try {
            Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
            if (jwt.getExpirationTime() <= 0 || !now.isBefore(expiresAt)) {
                throw new InvalidTokenException("The token has expired; sign in again");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String group : jwt.getGroups()) {
                roles.add(Role.valueOf(group.toUpperCase(Locale.ROOT)));
            }
            Actor actor = Actor.signedIn(AccountId.parse(jwt.getSubject()), new Username(jwt.getName()),
                    new DisplayName(jwt.getClaim("name")), roles);
            String csrf = jwt.getClaim(CSRF_CLAIM);
            if (csrf == null || csrf.isEmpty()) {
                throw new InvalidTokenException("The token carries no CSRF claim; sign in again");
            }
            return new Verified(actor, csrf, expiresAt);
        } catch (InvalidTokenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidTokenException("The token's claims are not this service's; sign in again");
        }
    }

    /** How roles are written in tokens and answers: lower case. */
    public static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
