package com.seatbooking.adapter.rest.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A signed-in session: the token (also set as the sb_session cookie), when it expires, and who it is for")
public record LoginResponse(
        @Schema(required = true, description = "Send as Authorization: Bearer <token>; a signed JWT",
                example = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzZWF0LWJvb2tpbmcifQ.c2lnbmF0dXJl") String token,
        @Schema(required = true, format = "date-time", example = "2027-03-02T00:00:00Z") Instant expiresAt,
        @Schema(required = true) AccountResponse user) {

    @Override
    public String toString() {
        return "LoginResponse[" + user.username() + ", expires " + expiresAt + "]";
    }
}
