package com.seatbooking.adapter.rest.auth;

import com.seatbooking.adapter.rest.dto.Problem;
import com.seatbooking.adapter.rest.error.ProblemMappers;
import com.seatbooking.adapter.rest.error.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Establishes who asks, for operations marked {@link SignedIn}, before the body is read:
 * <ol>
 * <li>{@code Authorization: Bearer <token>} if present (API clients). A browser never sends it on
 * its own, so such a request cannot be forged cross-site and needs no CSRF token.</li>
 * <li>Else the {@value SessionCookies#SESSION} cookie (the web app). A write (POST, PUT, PATCH,
 * DELETE) must then carry {@value SessionCookies#CSRF_HEADER} equal to the {@value SessionCookies#CSRF}
 * cookie and to the token's own CSRF claim, or it is refused with 403.</li>
 * <li>Neither: 401 {@code not-signed-in}. Credentials that are sent but do not verify: 401
 * {@code invalid-token} (and a bad session cookie is cleared).</li>
 * </ol>
 * The actor lands in {@link CurrentActor}; the use case decides what it may do.
 */
public class Authentication {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String BEARER = "Bearer ";

    private final Tokens tokens;
    private final CurrentActor current;

    Authentication(Tokens tokens, CurrentActor current) {
        this.tokens = tokens;
        this.current = current;
    }

    @SignedIn
    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return invalidToken(request, "Only Bearer tokens are accepted in the Authorization header", false);
            }
            try {
                current.set(tokens.verify(authorization.substring(BEARER.length()).trim()).actor());
                return null;
            } catch (InvalidTokenException e) {
                return invalidToken(request, e.getMessage(), false);
            }
        }
        Cookie session = request.getCookies().get(SessionCookies.SESSION);
        if (session == null || session.getValue() == null || session.getValue().isEmpty()) {
            return problem(request, ProblemType.NOT_SIGNED_IN, "Sign in to do this: send Authorization: Bearer <token>, "
                    + "or the session cookie that POST /auth/login sets").header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        Tokens.Verified verified;
        try {
            verified = tokens.verify(session.getValue());
        } catch (InvalidTokenException e) {
            return invalidToken(request, e.getMessage(), true);
        }
        if (WRITES.contains(request.getMethod()) && !csrfTokenMatches(request, verified.csrf())) {
            return problem(request, ProblemType.CSRF_TOKEN_MISSING, "A write signed in by cookie must send the "
                    + SessionCookies.CSRF_HEADER + " header with the value of the " + SessionCookies.CSRF + " cookie").build();
        }
        current.set(verified.actor());
        return null;
    }

    private static boolean csrfTokenMatches(ContainerRequestContext request, String expected) {
        String header = request.getHeaderString(SessionCookies.CSRF_HEADER);
        Cookie cookie = request.getCookies().get(SessionCookies.CSRF);
        return header != null && cookie != null && same(header, cookie.getValue()) && same(header, expected);
    }

    /** In constant time, so the comparison does not tell how much of a guess was right. */
    private static boolean same(String a, String b) {
        return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static Response invalidToken(ContainerRequestContext request, String detail, boolean fromCookie) {
        Response.ResponseBuilder response = problem(request, ProblemType.INVALID_TOKEN, detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        if (fromCookie) {
            boolean secure = "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
            response.header(HttpHeaders.SET_COOKIE, SessionCookies.clearSession(secure))
                    .header(HttpHeaders.SET_COOKIE, SessionCookies.clearCsrf(secure));
        }
        return response.build();
    }

    private static Response.ResponseBuilder problem(ContainerRequestContext request, ProblemType type, String detail) {
        return Response.status(type.status()).type(ProblemMappers.PROBLEM_JSON)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, request.getUriInfo().getPath()));
    }
}
