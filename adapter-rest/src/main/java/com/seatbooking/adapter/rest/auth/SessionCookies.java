package com.seatbooking.adapter.rest.auth;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * The cookies of a browser session: {@value #SESSION} carries the token (HttpOnly: scripts cannot
 * read it, so an injected script cannot steal it), {@value #CSRF} the CSRF token that the web app
 * reads and sends back in the {@value #CSRF_HEADER} header on writes. Both SameSite=Strict, both
 * Secure when the request came over HTTPS (directly or as a proxy says in X-Forwarded-Proto).
 */
public final class SessionCookies {

    public static final String SESSION = "sb_session";
    public static final String CSRF = "sb_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private SessionCookies() {
    }

    public static String session(IssuedToken token, boolean secure) {
        return SESSION + "=" + token.value() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + token.lifetime().toSeconds()
                + (secure ? "; Secure" : "");
    }

    public static String csrf(IssuedToken token, boolean secure) {
        return CSRF + "=" + token.csrf() + "; Path=/; SameSite=Strict; Max-Age=" + token.lifetime().toSeconds() + (secure ? "; Secure" : "");
    }

    public static String clearSession(boolean secure) {
        return SESSION + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + (secure ? "; Secure" : "");
    }

    public static String clearCsrf(boolean secure) {
        return CSRF + "=; Path=/; SameSite=Strict; Max-Age=0" + (secure ? "; Secure" : "");
    }

    /** Whether the client reached us over HTTPS, directly or through a proxy that says so. */
    public static boolean secure(HttpHeaders headers, UriInfo uri) {
        String forwarded = headers.getHeaderString("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme())
                || (forwarded != null && forwarded.trim().toLowerCase(java.util.Locale.ROOT).startsWith("https"));
    }
}
