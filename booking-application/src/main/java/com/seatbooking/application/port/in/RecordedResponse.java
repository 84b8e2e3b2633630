package com.seatbooking.application.port.in;

import java.util.Arrays;
import java.util.Objects;

/**
 * An answer as it was sent, kept to be sent again to a retry with the same idempotency key: the
 * status, the media type and bytes of the body, and the Location header if there was one. Opaque
 * to the application.
 */
public record RecordedResponse(int status, String contentType, byte[] body, String location) {

    public RecordedResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Only a server's own failures (5xx) are not recorded: a retry may well succeed. */
    public boolean isWorthRecording() {
        return status < 500;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordedResponse other && status == other.status && Objects.equals(contentType, other.contentType)
                && Arrays.equals(body, other.body) && Objects.equals(location, other.location);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(status, contentType, location) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "RecordedResponse[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
