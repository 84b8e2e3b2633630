package com.seatbooking.adapter.rest.error;

/** The kinds of problem this API reports; each is identified by a URN in the problem's {@code type}. */
public enum ProblemType {
    VALIDATION("validation", 400, "Invalid request"),
    MALFORMED_BODY("malformed-body", 400, "Malformed request body"),
    NOT_SIGNED_IN("not-signed-in", 401, "Not signed in"),
    INVALID_TOKEN("invalid-token", 401, "Invalid or expired sign-in"),
    INVALID_CREDENTIALS("invalid-credentials", 401, "Wrong username or password"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    CSRF_TOKEN_MISSING("csrf-token-missing", 403, "CSRF token missing or wrong"),
    USERNAME_TAKEN("username-taken", 409, "Username taken"),
    SHOW_NOT_FOUND("show-not-found", 404, "Show not found"),
    BOOKING_NOT_FOUND("booking-not-found", 404, "Booking not found"),
    RESOURCE_NOT_FOUND("resource-not-found", 404, "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    BOOKING_CONFLICT("booking-status-conflict", 409, "Booking cannot make that change"),
    HOLD_EXPIRED("hold-expired", 409, "Hold expired"),
    HOLD_EXTENSION_LIMIT("hold-extension-limit", 409, "Hold cannot be extended"),
    SEAT_LIMIT_REACHED("seat-limit-reached", 409, "Seat limit reached"),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", 409, "Request with this key in progress"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key used for another request"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    SHOW_STARTED("show-started", 409, "Show has started"),
    SHOW_CANCELLED("show-cancelled", 409, "Show cancelled"),
    SHOW_HAS_BOOKINGS("show-has-bookings", 409, "Show has bookings"),
    SHOW_NOT_CANCELLED("show-not-cancelled", 404, "Show not cancelled"),
    PRECONDITION_FAILED("precondition-failed", 412, "Changed by someone else"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Version required"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service temporarily unavailable"),
    INTERNAL_ERROR("internal-error", 500, "Internal server error"),
    HTTP_ERROR("http-error", 400, "Request failed");

    public static final String PREFIX = "urn:problem-type:seat-booking:";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return PREFIX + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    static ProblemType forStatus(int status) {
        return switch (status) {
            case 404 -> RESOURCE_NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : HTTP_ERROR;
        };
    }
}
