package com.seatbooking.adapter.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new customer account")
public record RegisterRequest(
        @Schema(required = true, minLength = 3, maxLength = 64, pattern = "^[A-Za-z0-9._-]{3,64}$",
                description = "What to sign in with: 3 to 64 of A-Z, a-z, 0-9, '.', '_', '-'; unique ignoring case, kept as typed",
                example = "alice") String username,
        @Schema(required = true, minLength = 10, maxLength = 128, format = "password",
                description = "10 to 128 characters and at most 72 bytes in UTF-8", example = "correct horse battery") String password,
        @Schema(required = true, minLength = 1, maxLength = 100, description = "The name to show and to book under; trimmed, 1 to 100 characters",
                example = "Alice Liddell") String displayName) {

    @Override
    public String toString() {
        return "RegisterRequest[" + username + "]";
    }
}
