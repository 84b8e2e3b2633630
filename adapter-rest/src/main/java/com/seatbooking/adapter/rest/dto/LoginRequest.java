package com.seatbooking.adapter.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Credentials")
public record LoginRequest(
        @Schema(required = true, description = "The username, in any case", example = "alice") String username,
        @Schema(required = true, format = "password", example = "correct horse battery") String password) {

    @Override
    public String toString() {
        return "LoginRequest[" + username + "]";
    }
}
