package com.seatbooking.adapter.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Violation", description = "One invalid field and what is wrong with it")
public record ProblemViolation(
        @Schema(required = true, example = "seats") String field,
        @Schema(required = true, example = "seat 4 is listed more than once") String message) {
}
